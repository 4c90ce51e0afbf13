import type { Condition } from '@gmp/web-shared/api';
import { useI18n } from '@/lib/i18n';
import { conditionText } from '@/lib/labels';

/** Conditions in the words the server sent with them (their rule pack's); nothing when there are none. */
export function ConditionList({ conditions }: { conditions?: readonly Condition[] | null }) {
  const { lang } = useI18n();
  if (!conditions?.length) return null;
  return (
    <ul className="plain">
      {conditions.map((c) => (
        <li key={c.code}>{conditionText(c, lang)}</li>
      ))}
    </ul>
  );
}
