import type { OutcomeTone } from './describe-outcome';

let audio: AudioContext | null = null;

type Tone = { f: number; at: number; d: number };

/**
 * Two high beeps for go, three middle ones for "look at this" (conditions to read, a record to fix), one long low
 * tone for stop: a guard can tell them apart without looking.
 */
const TONES: Record<OutcomeTone, { wave: OscillatorType; tones: Tone[]; vibrate: number | number[] }> = {
  ok: { wave: 'sine', tones: [{ f: 1320, at: 0, d: 0.09 }, { f: 1760, at: 0.13, d: 0.12 }], vibrate: 80 },
  warn: {
    wave: 'triangle',
    tones: [{ f: 880, at: 0, d: 0.1 }, { f: 880, at: 0.16, d: 0.1 }, { f: 880, at: 0.32, d: 0.1 }],
    vibrate: [80, 60, 80, 60, 80],
  },
  bad: { wave: 'square', tones: [{ f: 220, at: 0, d: 0.6 }], vibrate: [200, 100, 200] },
};

export function playResultSound(tone: OutcomeTone | boolean): void {
  const sound = TONES[typeof tone === 'boolean' ? (tone ? 'ok' : 'bad') : tone];
  try {
    const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    audio ??= new Ctor();
    const ctx = audio;
    void ctx.resume?.();
    for (const { f, at, d } of sound.tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = sound.wave;
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.25, ctx.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + at + d);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + at);
      osc.stop(ctx.currentTime + at + d + 0.02);
    }
    navigator.vibrate?.(sound.vibrate);
  } catch {
    // sound is a courtesy; the screen colour carries the result
  }
}
