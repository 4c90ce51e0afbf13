import { useRef } from 'react';
import { useI18n } from '@/lib/i18n';

interface Props {
  itemId: string;
  inputId: string;
  describedBy?: string;
  value: string;
  unit?: string;
  invalid: boolean;
  onChange: (value: string) => void;
}

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0', 'del'] as const;
const MAX_LENGTH = 5; // "36.5", "100.4"

/** Accepts what a thermometer shows: digits with at most one decimal place. */
export function appendKey(current: string, key: string): string {
  if (key === 'del') return current.slice(0, -1);
  if (key === '.') {
    if (current.includes('.')) return current;
    return current === '' ? '0.' : `${current}.`;
  }
  const next = current + key;
  if (next.length > MAX_LENGTH) return current;
  const decimals = next.split('.')[1];
  if (decimals !== undefined && decimals.length > 1) return current;
  return next;
}

/**
 * Temperature entry: a big read-out and an on-screen number pad sized for gloved thumbs. The
 * input stays a real text box (hardware keyboards, assistive tech, tests); `inputMode="none"`
 * keeps the phone's own keyboard from covering the pad.
 */
export function NumberField(props: Props) {
  const { itemId, inputId, describedBy, value, unit, invalid, onChange } = props;
  const { t } = useI18n();
  // Taps faster than the screen redraws (a slow phone) must each count: the next key builds on the
  // last key's value, not on the value this render was given.
  const latest = useRef(value);
  latest.current = value;
  const press = (key: string) => {
    latest.current = appendKey(latest.current, key);
    onChange(latest.current);
  };
  return (
    <div className="number-field">
      <div className="number-field__display">
        <input
          id={inputId}
          data-testid={`item-${itemId}-input`}
          type="text"
          inputMode="none"
          autoComplete="off"
          enterKeyHint="done"
          className="number-field__input"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(e) => onChange(e.target.value.replace(/[^\d.,]/g, '').slice(0, MAX_LENGTH))}
        />
        {unit && (
          <span className="number-field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      <div className="keypad" role="group" aria-label={t('checklist.keypad')}>
        {KEYS.map((key) => (
          <button
            key={key}
            type="button"
            className="keypad__key"
            data-testid={`keypad-${itemId}-${key === '.' ? 'dot' : key}`}
            aria-label={key === 'del' ? t('checklist.keypadDelete') : undefined}
            onClick={() => press(key)}
          >
            {key === 'del' ? '⌫' : key}
          </button>
        ))}
      </div>
    </div>
  );
}
