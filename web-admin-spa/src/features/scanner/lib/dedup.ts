/**
 * Camera frames arrive many times a second and a worker holds the phone up for a while: a code is
 * handled once, and again only after it has been out of sight for `windowMs`.
 */
export type Deduper = {
  /** true if this code should be handled now */
  accept(code: string): boolean;
  /** forget a code, so that it can be retried at once (after an error, say) */
  forget(code: string): void;
  clear(): void;
};

export function createDeduper(windowMs = 4_000, now: () => number = Date.now): Deduper {
  const lastSeen = new Map<string, number>();
  return {
    accept(code) {
      const t = now();
      for (const [c, seen] of lastSeen) if (t - seen >= windowMs) lastSeen.delete(c);
      const fresh = !lastSeen.has(code);
      lastSeen.set(code, t); // sliding: still in view keeps it suppressed
      return fresh;
    },
    forget(code) {
      lastSeen.delete(code);
    },
    clear() {
      lastSeen.clear();
    },
  };
}
