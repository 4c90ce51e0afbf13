import type { Condition, VerifyResponse } from '../api/schemas';
import type { OfflineCheck } from './offline-verify';
import type { Direction } from './reasons';
import type { RotatingCheck } from './roster';

/** What the guard sees after one scan, whichever way it was decided. */
export type ScanOutcome = {
  scanId: string;
  accepted: boolean;
  /** decided on this device without the server: no revocation or anti-passback check yet */
  provisional: boolean;
  direction: Direction;
  reason?: string;
  worker?: { id: string; displayName?: string; department?: string };
  verdict?: string;
  conditions: Condition[];
  zones: string[];
  expiresAt?: string;
  /** MANUAL or CORRECTION when the guard entered or fixed it by hand */
  kind?: string;
  /** what the gate read: the phone's rotating code or a static pass token */
  codeKind?: 'ROTATING' | 'STATIC';
};

export function outcomeFromServer(reply: VerifyResponse, scanId: string, direction: Direction): ScanOutcome {
  const accepted = reply.result === 'ACCEPTED';
  return {
    scanId,
    accepted,
    provisional: false,
    direction,
    reason: accepted ? undefined : (reply.reason ?? 'UNKNOWN'),
    worker: reply.worker
      ? {
          id: reply.worker.id,
          displayName: reply.worker.displayName ?? undefined,
          department: reply.worker.department ?? undefined,
        }
      : undefined,
    verdict: reply.pass?.verdict ?? undefined,
    conditions: reply.pass?.conditions ?? [],
    zones: reply.pass?.zones ?? [],
    expiresAt: reply.pass?.expiresAt ?? undefined,
    kind: reply.kind ?? undefined,
    codeKind: reply.codeKind ?? undefined,
  };
}

/** What every check made on this device says: provisional (the server has not seen it), and why it was refused. */
function decidedHere(check: { ok: true } | { ok: false; reason: string }, scanId: string, direction: Direction) {
  return { scanId, accepted: check.ok, provisional: true, direction, reason: check.ok ? undefined : check.reason };
}

/** A rotating code decided from the signed roster, which names the worker for the guard to compare. */
export function outcomeFromRoster(check: RotatingCheck, scanId: string, direction: Direction): ScanOutcome {
  const entry = check.entry;
  return {
    ...decidedHere(check, scanId, direction),
    worker: entry ? { id: entry.sub, displayName: entry.name, department: entry.dept } : undefined,
    verdict: entry?.v,
    // the roster carries the words of the pass's own rule pack, as the online reply does
    conditions: entry?.cnd ?? [],
    zones: [],
    expiresAt: entry ? new Date(entry.exp * 1000).toISOString() : undefined,
    codeKind: 'ROTATING',
  };
}

export function outcomeFromOffline(
  check: OfflineCheck,
  scanId: string,
  direction: Direction,
  card?: { displayName: string; department?: string },
): ScanOutcome {
  const claims = check.claims;
  return {
    ...decidedHere(check, scanId, direction),
    // The token carries no names (no personal data in a QR): only the worker id, named from the cache.
    worker: claims ? { id: claims.sub, displayName: card?.displayName, department: card?.department } : undefined,
    verdict: claims?.v,
    conditions: (claims?.cnd ?? []).map((code) => ({ code })),
    zones: check.ok ? check.claims.zones : [],
    expiresAt: claims ? new Date(claims.exp * 1000).toISOString() : undefined,
  };
}
