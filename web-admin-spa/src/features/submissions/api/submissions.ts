import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api';
import { zAnalysis, zChecklistTemplate, zSubmission, zSubmissionPage } from '@gmp/web-shared/api';
import { conditionWords } from '@/lib/condition-words';
import type { ReviewCorrectionRequest, ReviewRequest, Submission } from './schemas';

type ListFilters = { date?: string; verdict?: string; workerId?: string };

/** Follows nextCursor up to `maxPages`: a plant's day is a few hundred submissions, not millions. */
export async function listAllSubmissions(filters: ListFilters, signal?: AbortSignal, maxPages = 20): Promise<Submission[]> {
  const items: Submission[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const reply = await api.json('/v1/checklist/submissions', zSubmissionPage, {
      query: { ...filters, cursor, limit: 100 },
      signal,
    });
    items.push(...reply.items);
    cursor = reply.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}

export function useSubmissions(filters: ListFilters, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: ['submissions', filters],
    queryFn: ({ signal }) => listAllSubmissions(filters, signal),
    refetchInterval: options.refetchInterval,
  });
}

export function useSubmission(id: string) {
  return useQuery({
    queryKey: ['submissions', 'one', id],
    queryFn: ({ signal }) => api.json(`/v1/checklist/submissions/${encodeURIComponent(id)}`, zSubmission, { signal }),
  });
}

export function useAnalysis(id: string | null | undefined) {
  return useQuery({
    queryKey: ['ai', 'analyses', id],
    queryFn: ({ signal }) => api.json(`/v1/ai/analyses/${encodeURIComponent(id!)}`, zAnalysis, { signal }),
    enabled: Boolean(id),
    // The presigned photo URL expires within minutes: fetch a fresh one rather than reuse an old one.
    staleTime: 60_000,
    refetchInterval: (q) => (q.state.data?.status === 'PENDING' ? 5_000 : false),
  });
}

/**
 * @param onDecided runs once the decision is stored. A mutation-level callback, not mutate()'s: the live socket's
 *   refetch can show the case decided (and unmount the form) before the POST's reply arrives, and mutate()'s
 *   callbacks are skipped for an unmounted form.
 */
export function useReview(id: string, onDecided?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReviewRequest) =>
      api.json(`/v1/checklist/submissions/${encodeURIComponent(id)}/review`, zSubmission, { method: 'POST', body: request }),
    onSuccess: () => {
      onDecided?.();
      return queryClient.invalidateQueries({ queryKey: ['submissions'] });
    },
  });
}

/**
 * A signed correction of the submission's latest decision (appended; the original stays as signed). The reply is the
 * submission as it is now; every listing is refetched, since the verdict may have changed.
 */
export function useCorrection(id: string, onCorrected?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReviewCorrectionRequest) =>
      api.json(`/v1/checklist/submissions/${encodeURIComponent(id)}/review/corrections`, zSubmission, {
        method: 'POST',
        body: request,
      }),
    onSuccess: (submission) => {
      queryClient.setQueryData(['submissions', 'one', id], submission);
      onCorrected?.();
      return queryClient.invalidateQueries({ queryKey: ['submissions'] });
    },
  });
}

/** Labels for the answers; a review page without them still shows the item ids. */
export function useTemplate(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['checklist', 'template'],
    queryFn: async ({ signal }) => {
      const template = await api.json('/v1/checklist/template', zChecklistTemplate, { signal });
      // every condition the site's pack can set, in its words: the gate names them offline too
      conditionWords.remember(template.conditions ?? []);
      return template;
    },
    staleTime: 60 * 60_000,
    retry: false,
  });
}
