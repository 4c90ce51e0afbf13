import type { z } from 'zod';
import { useI18n, type Lang } from '@/lib/i18n';
import { localized } from '@/lib/labels';
import type { zAnswerRow } from '@gmp/web-shared/api';
import type { Template } from '../api/schemas';
import { useTemplate } from '../api/submissions';

type AnswerRow = z.infer<typeof zAnswerRow>;

type Props = {
  /** the server's rows (a submission read alone): the template's order, abnormal answers marked */
  rows?: AnswerRow[] | null;
  /** the raw answers, for a reply without rows: labelled and ordered from today's template */
  answers?: Record<string, unknown> | null;
};

/** The worker's answers as the checklist asked them, the ones a rule objects to marked in words, not colour alone. */
export function AnswersTable({ rows, answers }: Props) {
  const { t, lang } = useI18n();
  const fromServer = Boolean(rows && rows.length > 0);
  const any = fromServer || Boolean(answers && Object.keys(answers).length > 0);
  const template = useTemplate(any && !fromServer);
  if (!any) return null;

  const shown: { itemId: string; label?: string; value: unknown; unit?: string | null; abnormal: boolean }[] = fromServer
    ? rows!.map((r) => ({ itemId: r.itemId, label: localized(r.label, lang), value: r.value, unit: r.unit, abnormal: r.abnormal }))
    : fallbackRows(answers!, template.data?.items ?? [], lang);
  const abnormal = shown.filter((r) => r.abnormal).length;
  const show = (value: unknown, unit?: string | null): string => {
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (value === null || value === undefined) return '—';
    return unit ? `${String(value)} ${unit}` : String(value);
  };
  return (
    <>
      <h2>{t('review.answersTitle')}</h2>
      {abnormal > 0 && (
        <p className="notice" data-testid="answers-abnormal">
          {t('review.abnormalCount', { count: abnormal })}
        </p>
      )}
      <div className="table-wrap">
        <table data-testid="answers">
          <tbody>
            {shown.map((r) => (
              <tr key={r.itemId} className={r.abnormal ? 'row-abnormal' : undefined} data-abnormal={r.abnormal || undefined}>
                <th scope="row">{r.label ?? r.itemId}</th>
                <td>
                  {show(r.value, r.unit)}
                  {r.abnormal && <span className="badge badge-bad answer-flag">{t('review.abnormal')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Without the server's rows: in the template's order (answers it does not know last), nothing marked. */
function fallbackRows(answers: Record<string, unknown>, items: Template['items'], lang: Lang) {
  const order = new Map(items.map((item, index) => [item.id, index]));
  const byId = new Map(items.map((item) => [item.id, item]));
  return Object.entries(answers)
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
    .map(([itemId, value]) => ({
      itemId,
      label: localized(byId.get(itemId)?.label, lang),
      value,
      unit: byId.get(itemId)?.unit,
      abnormal: false,
    }));
}
