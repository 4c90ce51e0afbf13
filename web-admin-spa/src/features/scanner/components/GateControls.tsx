import { useI18n } from '@/lib/i18n';
import type { GateSettings } from '../lib/gate-settings';
import type { Direction } from '../lib/reasons';

type Props = { gates: readonly string[]; value: GateSettings; onChange: (next: GateSettings) => void };

export function GateControls({ gates, value, onChange }: Props) {
  const { t } = useI18n();
  const directions: Direction[] = ['IN', 'OUT'];
  return (
    <div className="gate-controls">
      <label className="field field-inline">
        <span>{t('scanner.gate')}</span>
        <select
          data-testid="gate-select"
          value={value.gateId}
          onChange={(e) => onChange({ ...value, gateId: e.target.value })}
        >
          {gates.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t('scanner.direction')}>
        {directions.map((d) => (
          <button
            key={d}
            type="button"
            data-testid={`direction-${d}`}
            aria-pressed={value.direction === d}
            className={value.direction === d ? `seg seg-on seg-${d}` : 'seg'}
            onClick={() => onChange({ ...value, direction: d })}
          >
            {t(d === 'IN' ? 'scanner.in' : 'scanner.out')}
          </button>
        ))}
      </div>
    </div>
  );
}
