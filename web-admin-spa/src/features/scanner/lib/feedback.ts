let audio: AudioContext | null = null;

/** Two high beeps for go, one long low tone for stop: a guard can tell them apart without looking. */
export function playResultSound(accepted: boolean): void {
  try {
    const Ctor = globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    audio ??= new Ctor();
    const ctx = audio;
    void ctx.resume?.();
    const tones = accepted ? [{ f: 1320, at: 0, d: 0.09 }, { f: 1760, at: 0.13, d: 0.12 }] : [{ f: 220, at: 0, d: 0.6 }];
    for (const { f, at, d } of tones) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = accepted ? 'sine' : 'square';
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.25, ctx.currentTime + at);
      gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + at + d);
      osc.connect(gain).connect(ctx.destination);
      osc.start(ctx.currentTime + at);
      osc.stop(ctx.currentTime + at + d + 0.02);
    }
    navigator.vibrate?.(accepted ? 80 : [200, 100, 200]);
  } catch {
    // sound is a courtesy; the screen colour carries the result
  }
}
