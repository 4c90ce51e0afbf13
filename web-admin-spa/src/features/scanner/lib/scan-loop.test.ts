import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startScanLoop, type Frame, type QrDecoder, type ScanLoop, type ScanLoopDeps, type Timers } from './scan-loop';

const FRAME: Frame = { data: new Uint8ClampedArray(4), width: 1, height: 1 };
const OPTIONS = { intervalMs: 100, decodeTimeoutMs: 1_000, stallMs: 3_000, maxFailures: 3, watchdogMs: 500 };

const fakeTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A decoder whose answers the test decides, one call at a time; it counts overlapping calls. */
function scriptedDecoder(answer: (call: number) => Promise<string | null>) {
  const state = { calls: 0, inFlight: 0, maxInFlight: 0, disposed: false };
  const decoder: QrDecoder = {
    async decode() {
      const call = state.calls++;
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      try {
        return await answer(call);
      } finally {
        state.inFlight--;
      }
    },
    dispose() {
      state.disposed = true;
    },
  };
  return { decoder, state };
}

let loop: ScanLoop | undefined;
function start(deps: Partial<ScanLoopDeps> & Pick<ScanLoopDeps, 'createDecoder'>, options = {}) {
  const codes: string[] = [];
  loop = startScanLoop(
    { grab: () => FRAME, videoProgress: () => Date.now(), onCode: (text) => codes.push(text), timers: fakeTimers, ...deps },
    { ...OPTIONS, ...options },
  );
  return { loop, codes };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  loop?.stop();
  loop = undefined;
  vi.useRealTimers();
});

describe('startScanLoop', () => {
  it('decodes frame after frame and hands every code it reads to onCode', async () => {
    const { decoder } = scriptedDecoder(async (call) => (call === 2 ? 'pass-token' : null));
    const { codes } = start({ createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(codes).toEqual(['pass-token']);
    expect(loop?.stats().decodes).toBeGreaterThanOrEqual(5);
  });

  it('never starts a decode while the last one is still running, however slow it is', async () => {
    const { decoder, state } = scriptedDecoder(() => new Promise((resolve) => setTimeout(() => resolve(null), 700)));
    start({ createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.calls).toBeGreaterThan(1);
    expect(state.maxInFlight).toBe(1);
  });

  it('rests at least as long as a decode took before the next one (at most half a core)', async () => {
    const starts: number[] = [];
    const { decoder } = scriptedDecoder(() => {
      starts.push(Date.now());
      return new Promise((resolve) => setTimeout(() => resolve(null), 400));
    });
    start({ createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(3_000);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] ?? 0));
    expect(gaps.length).toBeGreaterThan(1);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(800);
  });

  it('does not decode before the video has a picture, and starts as soon as it has one', async () => {
    const { decoder, state } = scriptedDecoder(async () => 'pass-token');
    let picture: Frame | null = null;
    const { codes } = start({ grab: () => picture, createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state.calls).toBe(0);
    picture = FRAME;
    await vi.advanceTimersByTimeAsync(150);
    expect(codes).toContain('pass-token');
  });

  it('keeps going after decodes that throw, and replaces a decoder that keeps failing', async () => {
    const broken = scriptedDecoder(async () => {
      throw new Error('bad frame');
    });
    const healthy = scriptedDecoder(async () => 'pass-token');
    const createDecoder = vi.fn<() => Promise<QrDecoder>>()
      .mockResolvedValueOnce(broken.decoder)
      .mockResolvedValue(healthy.decoder);
    const { codes } = start({ createDecoder });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(broken.state.calls).toBe(OPTIONS.maxFailures);
    expect(broken.state.disposed).toBe(true);
    expect(createDecoder).toHaveBeenCalledTimes(2);
    expect(codes).toContain('pass-token');
  });

  it('abandons a decode that never answers, with its decoder, and reads on with a new one', async () => {
    const hung = scriptedDecoder(() => new Promise<string | null>(() => undefined));
    const healthy = scriptedDecoder(async () => 'pass-token');
    const createDecoder = vi.fn<() => Promise<QrDecoder>>()
      .mockResolvedValueOnce(hung.decoder)
      .mockResolvedValue(healthy.decoder);
    const { codes } = start({ createDecoder });
    await vi.advanceTimersByTimeAsync(OPTIONS.decodeTimeoutMs + 500);
    expect(hung.state.calls).toBe(1);
    expect(hung.state.disposed).toBe(true);
    expect(codes).toContain('pass-token');
  });

  it('tries again when the decoder cannot be loaded (a chunk that failed to download)', async () => {
    const healthy = scriptedDecoder(async () => 'pass-token');
    const createDecoder = vi.fn<() => Promise<QrDecoder>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(healthy.decoder);
    const { codes } = start({ createDecoder });
    await vi.advanceTimersByTimeAsync(500);
    expect(createDecoder).toHaveBeenCalledTimes(2);
    expect(codes).toContain('pass-token');
  });

  it('gives up waiting for a decoder that never loads, and loads another', async () => {
    const late = scriptedDecoder(async () => null);
    const healthy = scriptedDecoder(async () => 'pass-token');
    let resolveLate: (d: QrDecoder) => void = () => undefined;
    const createDecoder = vi.fn<() => Promise<QrDecoder>>()
      .mockReturnValueOnce(new Promise((resolve) => (resolveLate = resolve)))
      .mockResolvedValue(healthy.decoder);
    const { codes } = start({ createDecoder });
    await vi.advanceTimersByTimeAsync(OPTIONS.decodeTimeoutMs + 500);
    expect(codes).toContain('pass-token');
    resolveLate(late.decoder);
    await vi.advanceTimersByTimeAsync(0);
    expect(late.state.disposed).toBe(true); // arriving late, it is not kept
    expect(late.state.calls).toBe(0);
  });

  it('keeps scanning when onCode throws', async () => {
    const { decoder, state } = scriptedDecoder(async () => 'pass-token');
    start({
      createDecoder: async () => decoder,
      onCode: () => {
        throw new Error('the page had a bug');
      },
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.calls).toBeGreaterThan(3);
  });

  it('asks for a camera restart when the picture stands still, once per stall period', async () => {
    const { decoder } = scriptedDecoder(async () => null);
    const onStall = vi.fn();
    start({ videoProgress: () => 42, onStall, createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(OPTIONS.stallMs - 200);
    expect(onStall).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(onStall).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(OPTIONS.stallMs);
    expect(onStall).toHaveBeenCalledTimes(2);
  });

  it('does not call a moving picture stalled', async () => {
    const { decoder } = scriptedDecoder(async () => null);
    const onStall = vi.fn();
    start({ videoProgress: () => Date.now(), onStall, createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(OPTIONS.stallMs * 3);
    expect(onStall).not.toHaveBeenCalled();
  });

  it('rests while the page is hidden (no decodes, no stall) and decodes at once on kick()', async () => {
    const { decoder, state } = scriptedDecoder(async () => null);
    const onStall = vi.fn();
    let hidden = true;
    start({ paused: () => hidden, videoProgress: () => 1, onStall, createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(OPTIONS.stallMs * 2);
    expect(state.calls).toBe(0);
    expect(onStall).not.toHaveBeenCalled();
    hidden = false;
    loop?.kick();
    await vi.advanceTimersByTimeAsync(0);
    expect(state.calls).toBe(1);
  });

  it('restarts itself through the watchdog when a scheduled tick is lost', async () => {
    const { decoder, state } = scriptedDecoder(async () => null);
    let lose = false;
    const losingTimers: Timers = {
      ...fakeTimers,
      // Once armed, the next tick the loop schedules never fires (a frozen timer queue, say).
      setTimeout: (fn, ms) => {
        if (lose && ms === OPTIONS.intervalMs) {
          lose = false;
          return setTimeout(() => undefined, 10 ** 9);
        }
        return setTimeout(fn, ms);
      },
    };
    start({ timers: losingTimers, createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(300);
    lose = true;
    await vi.advanceTimersByTimeAsync(200);
    const callsWhenLost = state.calls;
    await vi.advanceTimersByTimeAsync(OPTIONS.watchdogMs * 3);
    expect(loop?.stats().watchdogRestarts).toBe(1);
    expect(state.calls).toBeGreaterThan(callsWhenLost + 3);
  });

  it('stops decoding and frees the decoder on stop()', async () => {
    const { decoder, state } = scriptedDecoder(async () => null);
    start({ createDecoder: async () => decoder });
    await vi.advanceTimersByTimeAsync(300);
    loop?.stop();
    const calls = state.calls;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.calls).toBe(calls);
    expect(state.disposed).toBe(true);
  });
});
