import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import {
  answerAgainFrom,
  ChecklistForm,
  templateQueryKey,
  useEarlierSubmission,
  useTemplate,
  type PhotoFieldProps,
} from '@/features/checklist';
import { currentPassQueryKey, savePass, toStoredPass } from '@/features/pass';
import { todayQueryKey } from '@/features/today';
import { submissionQueryKey } from '@/features/verdict';
import { WoundPhotoField } from '@/features/wound-photo';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/api';
import type { Submission } from '@gmp/web-shared/api';

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
  const navigate = useNavigate();
  const current = useSession();
  // "조치했습니다 — 다시 점검하기" comes with the earlier submission: its answers are kept
  const againId = useSearchParams()[0].get('again');
  const earlier = useEarlierSubmission(againId);

  const onSubmitted = useCallback(
    async (submission: Submission) => {
      queryClient.setQueryData(submissionQueryKey(submission.id), submission);
      // home shows today from the server again, never the state from before this checklist
      queryClient.removeQueries({ queryKey: todayQueryKey });
      // the pass as the server sent it: its verdict, conditions and zones are the server's to say
      if (submission.pass && current) {
        queryClient.setQueryData([...currentPassQueryKey, current.user.id], submission.pass);
        await savePass(toStoredPass(submission.pass, current.user)).catch(() => undefined);
      }
      navigate(`/result/${encodeURIComponent(submission.id)}`, { replace: true });
    },
    [current, navigate, queryClient],
  );

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
          onSubmitted={(s) => void onSubmitted(s)}
          onTemplateStale={onTemplateStale}
          renderPhoto={renderPhoto}
        />
      )}
    </div>
  );
}
