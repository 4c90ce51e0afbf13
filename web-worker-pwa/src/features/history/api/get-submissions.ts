import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { zSubmissionPage } from '@gmp/web-shared/api';

const PAGE_SIZE = 20;

export function getSubmissions(cursor: string | undefined, signal?: AbortSignal) {
  return api.json('/v1/checklist/submissions', zSubmissionPage, {
    query: { cursor, limit: PAGE_SIZE },
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
