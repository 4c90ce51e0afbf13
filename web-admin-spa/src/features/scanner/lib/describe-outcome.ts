import type { Lang, Translate } from '@/lib/i18n';
import { conditionText, reasonText } from '@/lib/labels';
import type { ScanOutcome } from './scan-outcome';

export type OutcomeView = {
  tone: 'ok' | 'bad';
  title: string;
  workerName: string;
  department?: string;
  lines: string[];
  zones?: string;
  provisionalNote?: string;
};

/** The words on the full-screen result, in the guard's language. */
export function describeOutcome(outcome: ScanOutcome, lang: Lang, t: Translate): OutcomeView {
  const workerName =
    outcome.worker?.displayName ??
    (outcome.worker ? t('result.workerId', { id: outcome.worker.id }) : t('result.unknownWorker'));
  return {
    tone: outcome.accepted ? 'ok' : 'bad',
    title: outcome.accepted ? t(outcome.direction === 'IN' ? 'result.accepted.IN' : 'result.accepted.OUT') : t('result.rejected'),
    workerName,
    department: outcome.worker?.department,
    lines: outcome.accepted
      ? outcome.conditions.map((c) => conditionText(c, lang, t))
      : [reasonText(outcome.reason ?? 'UNKNOWN', t)],
    zones: outcome.accepted && outcome.zones.length > 0 ? t('result.zones', { zones: outcome.zones.join(', ') }) : undefined,
    provisionalNote: outcome.provisional ? t('result.provisional') : undefined,
  };
}
