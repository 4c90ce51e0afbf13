import { describe, expect, it } from 'vitest';
import { workerDecoder } from './qr-decoder';

/** A worker the test answers for: it keeps what it was sent and replies when told. */
function fakeWorker() {
  const target = new EventTarget();
  const sent: { id: number; width: number; inversion: string }[] = [];
  let terminated = false;
  const worker = {
    addEventListener: target.addEventListener.bind(target),
    postMessage: (message: { id: number; width: number; inversion: string }) => void sent.push(message),
    terminate: () => void (terminated = true),
  } as unknown as Worker;
  const reply = (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data }));
  const crash = (message: string) => target.dispatchEvent(new ErrorEvent('error', { message }));
  return { worker, sent, reply, crash, terminated: () => terminated };
}

const frame = () => ({ data: new Uint8ClampedArray(16), width: 2, height: 2, inversion: 'onlyInvert' as const });

describe('workerDecoder', () => {
  it('sends the pixels with the inversion to try and answers with the worker’s text', async () => {
    const w = fakeWorker();
    const decoding = workerDecoder(w.worker).decode(frame());
    expect(w.sent[0]).toMatchObject({ id: 0, width: 2, inversion: 'onlyInvert' });
    w.reply({ id: 0, text: 'pass-token' });
    await expect(decoding).resolves.toBe('pass-token');
  });

  it('matches answers to requests and ignores strangers', async () => {
    const w = fakeWorker();
    const decoder = workerDecoder(w.worker);
    const first = decoder.decode(frame());
    const second = decoder.decode(frame());
    w.reply({ id: 99, text: 'someone else' });
    w.reply({ id: 1, text: null });
    w.reply({ id: 0, text: 'pass-token' });
    await expect(first).resolves.toBe('pass-token');
    await expect(second).resolves.toBeNull();
  });

  it('fails the decode when jsQR threw in the worker, or the worker itself failed', async () => {
    const w = fakeWorker();
    const decoder = workerDecoder(w.worker);
    const threw = decoder.decode(frame());
    w.reply({ id: 0, error: 'index out of range' });
    await expect(threw).rejects.toThrow('index out of range');
    const crashed = decoder.decode(frame());
    w.crash('out of memory');
    await expect(crashed).rejects.toThrow('out of memory');
  });

  it('terminates the worker on dispose and fails what was still waiting', async () => {
    const w = fakeWorker();
    const decoder = workerDecoder(w.worker);
    const waiting = decoder.decode(frame());
    decoder.dispose();
    expect(w.terminated()).toBe(true);
    await expect(waiting).rejects.toThrow('stopped');
  });
});
