import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import {
  answerAgainFrom,
  ChecklistForm,
  QueuedSubmissionCard,
  removeQueued,
  templateQueryKey,
  useEarlierSubmission,
  useQueuedSubmission,
  useTemplate,
  type PhotoFieldProps,
} from '@/features/checklist';
import { WoundPhotoField } from '@/features/wound-photo';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/api';
import type { Submission } from '@gmp/web-shared/api';
import { useSubmitted } from '../use-submitted';

function renderPhoto(p: PhotoFieldProps) {
  return (
    <WoundPhotoField
      itemId={p.item.id}
      inputId={p.inputId}
      describedBy={p.describedBy}
      invalid={p.invalid}
      onChange={p.onChange}
      onBusyChange={p.onBusyChange}
    />
  );
}

export function ChecklistRoute() {
  const { t } = useI18n();
  const template = useTemplate();
  const queryClient = useQueryClient();
  const current = useSession();
  const queued = useQueuedSubmission(current?.user.id ?? '');
  // "조치했습니다 — 다시 점검하기" comes with the earlier submission: its answers are kept
  const againId = useSearchParams()[0].get('again');
  const earlier = useEarlierSubmission(againId);
  const submitted = useSubmitted();
  const onSubmitted = useCallback((submission: Submission) => void submitted(submission, { show: true }), [submitted]);
  // the form's own send puts the checklist in the outbox first: the form stays while that send is under way
  const [sending, setSending] = useState(false);
  const showQueued = queued && (queued.refused || !sending) ? queued : null;

  const [templateChanged, setTemplateChanged] = useState(false);
  const onTemplateStale = useCallback(() => {
    setTemplateChanged(true);
    void queryClient.invalidateQueries({ queryKey: templateQueryKey });
  }, [queryClient]);

  return (
    <div className="stack">
      <h1>{t('checklist.heading')}</h1>
      <p className="muted">{t('checklist.intro')}</p>
      {templateChanged && (
        <div className="alert alert--warning" role="alert" data-testid="template-changed">
          <p>{t('checklist.templateChanged')}</p>
        </div>
      )}
      {/* a checklist waiting on the phone goes by itself (AppLayout's sender): no second one meanwhile */}
      {showQueued && (
        <QueuedSubmissionCard
          entry={showQueued}
          onAnswerAgain={() => void removeQueued(showQueued.holderId, showQueued.clientSubmissionId)}
        />
      )}
      {queued !== undefined && !showQueued && (
        <>
          {template.isPending && <p role="status">{t('common.loading')}</p>}
          {template.isError && <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />}
          {againId && earlier.isPending && <p role="status">{t('common.loading')}</p>}
          {earlier.data?.answers && (
            <p className="alert alert--info" data-testid="checklist-again">
              {t('checklist.again')}
            </p>
          )}
          {template.data && !(againId && earlier.isPending) && (
            <ChecklistForm
              key={`${template.data.id}@${template.data.version}`}
              template={template.data}
              again={earlier.data ? answerAgainFrom(template.data, earlier.data) : null}
              onSubmitted={onSubmitted}
              onSendingChange={setSending}
              onTemplateStale={onTemplateStale}
              renderPhoto={renderPhoto}
            />
          )}
        </>
      )}
    </div>
  );
}
