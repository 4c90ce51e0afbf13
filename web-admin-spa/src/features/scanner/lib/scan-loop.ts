/**
 * The camera's decode loop, built to keep going on a slow, busy device (a guard's tablet, a CI machine
 * with both cores taken): one decode at a time, paced by how long the last one took, never a decode of
 * a video that has no picture yet, and no way for it to die quietly — a decode that throws or never
 * answers gets a fresh decoder, a frozen picture asks for a camera restart, and a watchdog restarts
 * the loop itself if its timer is ever lost.
 */

/** Pixels to decode: RGBA, row by row (an ImageData's), and whether to look for a light-on-dark code. */
export type Frame = { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number; inversion?: 'dontInvert' | 'onlyInvert' };

export type QrDecoder = {
  /** the text of the QR code in the frame, or null */
  decode(frame: Frame): Promise<string | null>;
  /** frees what the decoder holds (a worker is terminated); a decode still running is abandoned */
  dispose(): void;
};

export type Timers = {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export type ScanLoopDeps = {
  /** the current picture, cut and scaled for decoding attempt `attempt`; null while there is none yet */
  grab(attempt: number): Frame | null;
  /** grows while the camera delivers pictures (frames shown): stands still when it has stopped */
  videoProgress(): number;
  /** true while nobody can see the page (a background tab): nothing to decode, nothing has stalled */
  paused?(): boolean;
  createDecoder(): Promise<QrDecoder>;
  onCode(text: string): void;
  /** the picture has not moved for `stallMs`: the camera should be restarted */
  onStall?(): void;
  timers?: Timers;
};

export type ScanLoopOptions = {
  /** the shortest pause between two decodes */
  intervalMs: number;
  /** a decode that has not answered by then is abandoned, with its decoder */
  decodeTimeoutMs: number;
  /** a picture frozen this long counts as a stalled camera */
  stallMs: number;
  /** failed decodes in a row before the decoder is replaced */
  maxFailures: number;
  /** how late a tick may be before the watchdog starts a new one */
  watchdogMs: number;
};

export const DEFAULT_SCAN_LOOP: ScanLoopOptions = {
  intervalMs: 100,
  decodeTimeoutMs: 10_000,
  stallMs: 6_000,
  maxFailures: 3,
  watchdogMs: 2_000,
};

export type ScanLoop = {
  /** decode now instead of at the next tick (the page became visible, the guard asked again) */
  kick(): void;
  stop(): void;
  /** for tests and diagnostics */
  stats(): ScanLoopStats;
};

export type ScanLoopStats = {
  decodes: number;
  failures: number;
  decodersCreated: number;
  stalls: number;
  watchdogRestarts: number;
};

export class DecodeTimeoutError extends Error {
  constructor(ms: number) {
    super(`QR decode gave no answer within ${ms} ms`);
    this.name = 'DecodeTimeoutError';
  }
}

const browserTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function startScanLoop(deps: ScanLoopDeps, options: Partial<ScanLoopOptions> = {}): ScanLoop {
  const opts = { ...DEFAULT_SCAN_LOOP, ...options };
  const timers = deps.timers ?? browserTimers;
  const stats: ScanLoopStats = { decodes: 0, failures: 0, decodersCreated: 0, stalls: 0, watchdogRestarts: 0 };

  let stopped = false;
  let running = false; // a tick is between its start and its end (awaiting a decoder or a decode)
  let timer: unknown;
  let dueAt = timers.now();
  let decoder: QrDecoder | null = null;
  let failuresInRow = 0;
  let attempt = 0;
  let lastVideoTime = Number.NaN;
  let videoMovedAt = timers.now();

  const schedule = (delay: number) => {
    if (stopped) return;
    if (timer !== undefined) timers.clearTimeout(timer);
    dueAt = timers.now() + delay;
    timer = timers.setTimeout(() => {
      timer = undefined;
      void tick();
    }, delay);
  };

  const replaceDecoder = () => {
    decoder?.dispose();
    decoder = null;
    failuresInRow = 0;
  };

  const checkStall = () => {
    const time = deps.videoProgress();
    const now = timers.now();
    if (time !== lastVideoTime) {
      lastVideoTime = time;
      videoMovedAt = now;
    } else if (now - videoMovedAt >= opts.stallMs) {
      stats.stalls++;
      videoMovedAt = now; // give the restart time to work before asking again
      deps.onStall?.();
    }
  };

  async function tick() {
    if (stopped || running) return;
    running = true;
    let delay = opts.intervalMs;
    try {
      if (deps.paused?.()) {
        videoMovedAt = timers.now();
        return;
      }
      checkStall();
      const frame = deps.grab(attempt);
      if (!frame) return; // no picture yet: look again shortly
      if (!decoder) {
        // A decoder loads code (jsQR, a worker): that may fail or hang as well, and is retried.
        const creating = deps.createDecoder();
        decoder = await withTimeout(creating, opts.decodeTimeoutMs, timers).catch((error: unknown) => {
          void creating.then((late) => late.dispose(), () => undefined); // one that arrives late is not kept
          throw error;
        });
        stats.decodersCreated++;
        if (stopped) return;
      }
      const started = timers.now();
      const text = await withTimeout(decoder.decode(frame), opts.decodeTimeoutMs, timers);
      attempt++;
      stats.decodes++;
      failuresInRow = 0;
      // Pace by the work: on a slow device the decoder gets at most about half of a core.
      delay = Math.max(opts.intervalMs, timers.now() - started);
      if (text && !stopped) {
        try {
          deps.onCode(text);
        } catch {
          // the caller's problem, not the camera's: keep scanning
        }
      }
    } catch (error) {
      attempt++;
      stats.failures++;
      failuresInRow++;
      if (error instanceof DecodeTimeoutError || failuresInRow >= opts.maxFailures) replaceDecoder();
    } finally {
      running = false;
      schedule(delay);
    }
  }

  // The loop's only way to die is a timer that never fires (or a bug past the finally above): the
  // watchdog notices a tick that is overdue and not running, and starts one.
  const watch = () => {
    if (stopped) return;
    if (!running && timers.now() - dueAt > opts.watchdogMs) {
      stats.watchdogRestarts++;
      schedule(0);
    }
    watchdog = timers.setTimeout(watch, opts.watchdogMs);
  };
  let watchdog = timers.setTimeout(watch, opts.watchdogMs);

  schedule(0);

  return {
    kick() {
      if (!running) schedule(0);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) timers.clearTimeout(timer);
      timers.clearTimeout(watchdog);
      decoder?.dispose();
      decoder = null;
    },
    stats: () => ({ ...stats }),
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number, timers: Timers): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.setTimeout(() => reject(new DecodeTimeoutError(ms)), ms);
    promise.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(handle);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
