import { Link, useNavigate } from 'react-router';
import { QueuedSubmissionCard, removeQueued, useQueuedSubmission } from '@/features/checklist';
import { useCurrentPass } from '@/features/pass';
import { TodayCard, useToday } from '@/features/today';
import { useI18n } from '@/lib/i18n';
import type { SessionSnapshot } from '@gmp/web-shared/client';
import { useSession } from '@/lib/api';

function Today({ user }: { user: SessionSnapshot['user'] }) {
  const { pass, loading } = useCurrentPass(user);
  const today = useToday();
  const queued = useQueuedSubmission(user.id);
  const navigate = useNavigate();
  // today's checklist is still on the phone: what the server knows of today is not the whole story
  if (queued) {
    const answerAgain = async () => {
      await removeQueued(queued.holderId, queued.clientSubmissionId);
      navigate('/checklist');
    };
    return <QueuedSubmissionCard entry={queued} onAnswerAgain={() => void answerAgain()} />;
  }
  if (loading || today.isPending || queued === undefined) return null;
  return <TodayCard today={today.isError ? undefined : today.data.deciding} pass={pass} />;
}

export function HomeRoute() {
  const current = useSession();
  const { t } = useI18n();
  if (!current) return null;
  return (
    <div className="stack">
      <h1>{t('home.greeting', { name: current.user.displayName })}</h1>
      <Today user={current.user} />
      <Link to="/history" className="btn btn--secondary btn--block">
        {t('home.history')}
      </Link>
    </div>
  );
}
