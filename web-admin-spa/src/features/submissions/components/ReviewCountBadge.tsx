import { useSubmissions } from '../api/submissions';

/** The 검토 대기 tab's count: the same query as the review queue, so both change together. */
export function ReviewCountBadge() {
  const pending = useSubmissions({ verdict: 'PENDING_REVIEW' });
  const count = pending.data?.length;
  if (count === undefined) return null;
  return (
    <span className="badge" data-testid="review-count" aria-label={`${count}`}>
      {count}
    </span>
  );
}
