import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { zSubmission, type Submission } from '@gmp/web-shared/api';

export const submissionQueryKey = (id: string) => ['checklist', 'submission', id] as const;

export function getSubmission(id: string, signal?: AbortSignal): Promise<Submission> {
  return apiRequest(`/checklist/submissions/${encodeURIComponent(id)}`, { schema: zSubmission, signal });
}

/** One submission; the reply to POST is put in the cache first, so this rarely goes out. */
export function useSubmission(id: string) {
  return useQuery({
    queryKey: submissionQueryKey(id),
    queryFn: ({ signal }) => getSubmission(id, signal),
    staleTime: Infinity,
  });
}
