import { useQuery } from '@tanstack/react-query';
import { zSubmission } from '@gmp/web-shared/api';
import { apiRequest } from '@/lib/api-client';

/**
 * The earlier submission read alone, which carries its answers (the reply to the submit does not). Never from
 * the cache of the result screen, which holds that reply.
 */
export function useEarlierSubmission(id: string | null) {
  return useQuery({
    queryKey: ['checklist', 'submission', id, 'answers'],
    queryFn: ({ signal }) => apiRequest(`/checklist/submissions/${encodeURIComponent(id!)}`, { schema: zSubmission, signal }),
    enabled: id !== null,
    staleTime: Infinity,
    retry: false,
  });
}
