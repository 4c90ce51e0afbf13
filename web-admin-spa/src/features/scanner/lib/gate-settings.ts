import type { Direction } from './reasons';

export type GateSettings = { gateId: string; direction: Direction };

const KEY = 'gmp-admin.gate';

/** A guard picks the gate once per device; it is remembered across reloads. */
export function loadGateSettings(gates: readonly string[]): GateSettings {
  const fallback: GateSettings = { gateId: gates[0] ?? 'GATE-1', direction: 'IN' };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<GateSettings> | null;
    return {
      gateId: saved?.gateId && gates.includes(saved.gateId) ? saved.gateId : fallback.gateId,
      direction: saved?.direction === 'OUT' ? 'OUT' : 'IN',
    };
  } catch {
    return fallback;
  }
}

export function saveGateSettings(settings: GateSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // kept for this session only
  }
}
