import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { zSubmissionPage } from '@gmp/web-shared/api';

const PAGE_SIZE = 20;

export function getSubmissions(cursor: string | undefined, signal?: AbortSignal) {
  return apiRequest('/checklist/submissions', {
    query: { cursor, limit: PAGE_SIZE },
    schema: zSubmissionPage,
    signal,
  });
}

/** The worker's own submissions, newest first, a page at a time (never persisted). */
export function useSubmissions() {
  return useInfiniteQuery({
    queryKey: ['checklist', 'submissions', 'mine'],
    queryFn: ({ pageParam, signal }) => getSubmissions(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
