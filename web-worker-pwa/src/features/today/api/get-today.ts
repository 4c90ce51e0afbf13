import { useQuery } from '@tanstack/react-query';
import { zSubmissionPage, type Submission } from '@gmp/web-shared/api';
import { api } from '@/lib/api';

export const todayQueryKey = ['checklist', 'today'] as const;

/** The plant's calendar date as the phone sees it (the worker stands in the plant): the list's `?date=`. */
export function localDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Today as home tells it: the latest checklist (null before the first), and the checklist that decides the day —
 * the latest, or, when a FAIL earlier today locked the later ones out, that FAIL: its reasons are the reason.
 */
export interface Today {
  latest: Submission | null;
  deciding: Submission | null;
}

/** A day has a handful of checklists at most; one page holds them, newest first. */
const DAY_PAGE = 20;

export async function getToday(signal?: AbortSignal): Promise<Today> {
  const page = await api.json('/v1/checklist/submissions', zSubmissionPage, {
    query: { date: localDate(), limit: DAY_PAGE },
    signal,
  });
  const latest = page.items[0] ?? null;
  const firstFail = [...page.items].reverse().find((s) => s.verdict === 'FAIL');
  const deciding = latest?.verdict === 'FAIL' && latest.lockedOut && firstFail ? firstFail : latest;
  return { latest, deciding };
}

/**
 * Today's state for the home screen. A case waiting for a supervisor is asked again every 15 s, so the home
 * screen turns into the pass (or the reason) once someone decides.
 */
export function useToday() {
  return useQuery({
    queryKey: [...todayQueryKey, localDate()],
    queryFn: ({ signal }) => getToday(signal),
    staleTime: 10_000,
    refetchInterval: (query) => (query.state.data?.latest?.verdict === 'PENDING_REVIEW' ? 15_000 : false),
    retry: false,
  });
}
