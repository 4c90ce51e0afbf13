import { useI18n } from '@/lib/i18n';
import { localized } from '@/lib/labels';
import { useTemplate } from '../api/submissions';

/** The worker's answers, labelled from today's template when it can be had. */
export function AnswersTable({ answers }: { answers?: Record<string, unknown> | null }) {
  const { t, lang } = useI18n();
  const any = Boolean(answers && Object.keys(answers).length > 0);
  const template = useTemplate(any);
  if (!answers || !any) return null;
  const items = new Map((template.data?.items ?? []).map((i) => [i.id, i]));
  const show = (value: unknown, unit?: string | null): string => {
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (value === null || value === undefined) return '—';
    return unit ? `${String(value)} ${unit}` : String(value);
  };
  return (
    <>
      <h2>{t('review.answersTitle')}</h2>
      <div className="table-wrap">
        <table data-testid="answers">
          <tbody>
            {Object.entries(answers).map(([id, value]) => (
              <tr key={id}>
                <th scope="row">{localized(items.get(id)?.label, lang) ?? id}</th>
                <td>{show(value, items.get(id)?.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
