import { useQuery } from '@tanstack/react-query';
import { zSubmission } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

/**
 * The earlier submission read alone, which carries its answers (the reply to the submit does not). Never from
 * the cache of the result screen, which holds that reply.
 */
export function useEarlierSubmission(id: string | null) {
  return useQuery({
    queryKey: ['checklist', 'submission', id, 'answers'],
    queryFn: ({ signal }) => api.json(`/v1/checklist/submissions/${encodeURIComponent(id!)}`, zSubmission, { signal }),
    enabled: id !== null,
    staleTime: Infinity,
    retry: false,
  });
}
