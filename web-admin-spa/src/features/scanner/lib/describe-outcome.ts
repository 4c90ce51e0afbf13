import type { Lang, Translate } from '@/lib/i18n';
import { conditionText, reasonText } from '@/lib/labels';
import type { ScanOutcome } from './scan-outcome';

/**
 * How the result looks: green to go, amber when the guard has something to do (read the conditions to the worker,
 * fix a passback record), red only to stop someone going in.
 */
export type OutcomeTone = 'ok' | 'warn' | 'bad';

/** The one-tap fix a refusal offers: log the exit that was missed and let them in, or just log this exit. */
export type OutcomeFix = 'EXIT_THEN_ENTER' | 'LOG_EXIT';

export type OutcomeView = {
  tone: OutcomeTone;
  /** `conditional`: a conditional pass that stays up until the guard confirms the conditions with the worker */
  state: 'accepted' | 'conditional' | 'passback' | 'exit' | 'rejected';
  title: string;
  workerName: string;
  department?: string;
  lines: string[];
  zones?: string;
  provisionalNote?: string;
  fix?: OutcomeFix;
};

const PASSBACK = new Set(['ALREADY_INSIDE', 'NOT_INSIDE']);

/** The words on the full-screen result, in the guard's language. */
export function describeOutcome(outcome: ScanOutcome, lang: Lang, t: Translate): OutcomeView {
  const workerName =
    outcome.worker?.displayName ??
    (outcome.worker ? t('result.workerId', { id: outcome.worker.id }) : t('result.unknownWorker'));
  const common = {
    workerName,
    department: outcome.worker?.department,
    provisionalNote: outcome.provisional ? t('result.provisional') : undefined,
  };
  if (outcome.accepted) {
    const conditional = outcome.direction === 'IN' && outcome.conditions.length > 0;
    return {
      ...common,
      tone: conditional ? 'warn' : 'ok',
      state: conditional ? 'conditional' : 'accepted',
      title: conditional ? t('result.conditional') : t(outcome.direction === 'IN' ? 'result.accepted.IN' : 'result.accepted.OUT'),
      lines: outcome.conditions.map((c) => conditionText(c, lang)),
      zones: outcome.zones.length > 0 ? t('result.zones', { zones: outcome.zones.join(', ') }) : undefined,
    };
  }
  const reason = outcome.reason ?? 'UNKNOWN';
  const lines = [reasonText(reason, t)];
  // anti-passback is a record to fix, not a health failure; and nobody is stopped on the way out
  if (PASSBACK.has(reason) || outcome.direction === 'OUT') {
    const fixable = !outcome.provisional && outcome.worker !== undefined;
    return {
      ...common,
      tone: 'warn',
      state: outcome.direction === 'OUT' ? 'exit' : 'passback',
      title: t(reason === 'ALREADY_INSIDE' ? 'result.passback.inside' : reason === 'NOT_INSIDE' ? 'result.passback.noEntry' : 'result.exitCheck'),
      lines,
      fix: !fixable ? undefined : reason === 'ALREADY_INSIDE' ? 'EXIT_THEN_ENTER' : reason === 'NOT_INSIDE' ? 'LOG_EXIT' : undefined,
    };
  }
  return { ...common, tone: 'bad', state: 'rejected', title: t('result.rejected'), lines };
}
