import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { currentPassQueryKey } from '@/features/pass';
import { PushOptIn, useReviewPushes, type ReviewDecided } from '@/features/push';
import { useSubmission, VerdictView } from '@/features/verdict';
import { useI18n } from '@/lib/i18n';

export function ResultRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submission = useSubmission(id);
  const { refetch } = submission;

  // the service worker got the supervisor's decision: show it now rather than at the next poll
  useReviewPushes(
    useCallback((message: ReviewDecided) => {
      if (message.submissionId === id) void refetch();
    }, [id, refetch]),
  );

  // A supervisor's approval issues a pass: let the pass screen fetch it fresh.
  const verdict = submission.data?.verdict;
  useEffect(() => {
    if (verdict === 'PASS' || verdict === 'CONDITIONAL_PASS') {
      void queryClient.invalidateQueries({ queryKey: currentPassQueryKey, refetchType: 'none' });
    }
  }, [verdict, queryClient]);

  if (submission.data === undefined) {
    if (submission.error) return <ErrorAlert error={submission.error} onRetry={() => void submission.refetch()} />;
    return <p role="status">{t('common.loading')}</p>;
  }

  return (
    <>
      <VerdictView
        submission={submission.data}
        checking={submission.isFetching}
        onShowPass={() => navigate('/pass')}
        onAnswerAgain={() => navigate(`/checklist?again=${encodeURIComponent(id)}`)}
        onCheckAgain={() => void submission.refetch()}
        onHome={() => navigate('/')}
      />
      {submission.data.verdict === 'PENDING_REVIEW' && <PushOptIn />}
      {submission.error && <ErrorAlert error={submission.error} />}
    </>
  );
}
