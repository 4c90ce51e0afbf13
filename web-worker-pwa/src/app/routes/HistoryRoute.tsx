import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { HistoryList } from '@/features/history';
import { submissionQueryKey } from '@/features/verdict';
import { useI18n } from '@/lib/i18n';

export function HistoryRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <div className="stack">
      <h1>{t('history.heading')}</h1>
      <HistoryList
        onOpen={(s) => {
          queryClient.setQueryData(submissionQueryKey(s.id), s);
          navigate(`/result/${encodeURIComponent(s.id)}`);
        }}
      />
    </div>
  );
}
