import { useI18n } from '@/lib/i18n';

type Props = { hasMore: boolean; loading: boolean; onMore: () => void };

export function LoadMore({ hasMore, loading, onMore }: Props) {
  const { t } = useI18n();
  if (!hasMore) return null;
  return (
    <p>
      <button type="button" className="btn btn-secondary" onClick={onMore} disabled={loading} data-testid="load-more">
        {loading ? t('common.loading') : t('common.more')}
      </button>
    </p>
  );
}
