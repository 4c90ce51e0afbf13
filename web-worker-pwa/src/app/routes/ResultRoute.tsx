import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { currentPassQueryKey } from '@/features/pass';
import { useSubmission, VerdictView } from '@/features/verdict';
import { useI18n } from '@/lib/i18n';

export function ResultRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submission = useSubmission(id);

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
        onAnswerAgain={() => navigate('/checklist')}
        onCheckAgain={() => void submission.refetch()}
        onHome={() => navigate('/')}
      />
      {submission.error && <ErrorAlert error={submission.error} />}
    </>
  );
}
