import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { zSubmission, type Submission } from '@gmp/web-shared/api';

export const submissionQueryKey = (id: string) => ['checklist', 'submission', id] as const;

export function getSubmission(id: string, signal?: AbortSignal): Promise<Submission> {
  return api.json(`/v1/checklist/submissions/${encodeURIComponent(id)}`, zSubmission, { signal });
}

/** While a supervisor has the case, the pending screen asks this often (a push, where allowed, is sooner). */
export const PENDING_POLL_MS = 15_000;

/**
 * One submission; the reply to POST is put in the cache first, so this rarely goes out — except while it waits
 * for review, when it is asked again every {@link PENDING_POLL_MS} (and on a push, ResultRoute).
 */
export function useSubmission(id: string) {
  return useQuery({
    queryKey: submissionQueryKey(id),
    queryFn: ({ signal }) => getSubmission(id, signal),
    staleTime: Infinity,
    refetchInterval: (query) => (query.state.data?.verdict === 'PENDING_REVIEW' ? PENDING_POLL_MS : false),
  });
}
