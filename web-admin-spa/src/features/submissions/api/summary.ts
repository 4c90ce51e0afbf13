import type { Submission } from './schemas';

export const VERDICTS = ['PASS', 'CONDITIONAL_PASS', 'PENDING_REVIEW', 'ACTION_REQUIRED', 'FAIL'] as const;

export type DaySummary = {
  submissions: number;
  /** each worker counted once, by their latest submission of the day */
  byVerdict: Record<string, number>;
  latestFails: Submission[];
};

export function summarizeDay(items: readonly Submission[], failLimit = 10): DaySummary {
  const latest = new Map<string, Submission>();
  for (const s of items) {
    const seen = latest.get(s.workerId);
    if (!seen || seen.submittedAt < s.submittedAt) latest.set(s.workerId, s);
  }
  const byVerdict: Record<string, number> = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  for (const s of latest.values()) byVerdict[s.verdict] = (byVerdict[s.verdict] ?? 0) + 1;
  const latestFails = items
    .filter((s) => s.verdict === 'FAIL')
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt))
    .slice(0, failLimit);
  return { submissions: items.length, byVerdict, latestFails };
}
