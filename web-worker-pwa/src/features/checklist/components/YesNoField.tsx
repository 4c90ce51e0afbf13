import type { KeyboardEvent } from 'react';
import { useI18n } from '@/lib/i18n';

interface Props {
  itemId: string;
  labelledBy: string;
  describedBy?: string;
  value: boolean | undefined;
  invalid: boolean;
  onChange: (value: boolean) => void;
}

/** Two big buttons behaving as a radio group: easy to hit with a thumb, unambiguous when read. */
export function YesNoField({ itemId, labelledBy, describedBy, value, invalid, onChange }: Props) {
  const { t } = useI18n();
  const options = [
    { v: true, label: t('checklist.yes'), testId: `item-${itemId}-yes` },
    { v: false, label: t('checklist.no'), testId: `item-${itemId}-no` },
  ];

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, current: boolean) {
    if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(event.key)) {
      event.preventDefault();
      onChange(!current);
      const sibling = current
        ? event.currentTarget.nextElementSibling
        : event.currentTarget.previousElementSibling;
      (sibling as HTMLElement | null)?.focus();
    }
  }

  return (
    <div
      className="yesno"
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required="true"
    >
      {options.map((o) => {
        const checked = value === o.v;
        return (
          <button
            key={String(o.v)}
            type="button"
            role="radio"
            aria-checked={checked}
            // Roving tab stop: the chosen answer, or "yes" before anything is chosen.
            tabIndex={checked || (value === undefined && o.v) ? 0 : -1}
            className={`yesno__option${checked ? ' is-checked' : ''}`}
            data-testid={o.testId}
            onClick={() => onChange(o.v)}
            onKeyDown={(e) => onKeyDown(e, o.v)}
          >
            <span className="yesno__mark" aria-hidden="true">
              {checked ? '✓' : ''}
            </span>
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
