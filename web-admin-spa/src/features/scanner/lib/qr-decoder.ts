import type { Frame, QrDecoder } from './scan-loop';

type Detector = { detect(source: ImageData): Promise<{ rawValue: string }[]> };
type DetectorCtor = (new (options: { formats: string[] }) => Detector) & { getSupportedFormats?: () => Promise<string[]> };

type WorkerReply = { id: number; text?: string | null; error?: string };

// A worker that failed before its first answer (a content policy without worker-src, say) will fail
// again: from then on this page decodes on the main thread.
let workersBroken = false;

/**
 * BarcodeDetector where the browser has one for QR codes (native and fast: Android, macOS);
 * elsewhere jsQR in a worker, so that a slow decode never blocks the page (the guard's taps, the
 * server's answers, the result screen); jsQR on the main thread where workers are unavailable.
 */
export async function createQrDecoder(): Promise<QrDecoder> {
  const native = await nativeDecoder();
  if (native) return native;
  if (typeof Worker !== 'undefined' && !workersBroken) {
    try {
      return workerDecoder(new Worker(new URL('./qr-worker.ts', import.meta.url), { type: 'module' }));
    } catch {
      workersBroken = true;
    }
  }
  return inlineDecoder();
}

async function nativeDecoder(): Promise<QrDecoder | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
  if (!Native) return null;
  try {
    const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return null; // Linux desktop Chromium: the API without a decoder
    const detector = new Native({ formats: ['qr_code'] });
    return {
      async decode(frame) {
        const found = await detector.detect(new ImageData(frame.data, frame.width, frame.height));
        return found[0]?.rawValue ?? null;
      },
      dispose() {},
    };
  } catch {
    return null;
  }
}

/** jsQR on the main thread (tests, and browsers without module workers). */
export async function inlineDecoder(): Promise<QrDecoder> {
  // Loaded only where it is needed: the decoder is the largest piece of the app.
  const { default: jsQR } = await import('jsqr');
  return {
    async decode(frame: Frame) {
      return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: frame.inversion ?? 'dontInvert' })?.data ?? null;
    },
    dispose() {},
  };
}

type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** One decode at a time in `worker`; dispose() terminates it, which is how a hung decode is ended. */
export function workerDecoder(worker: WorkerLike): QrDecoder {
  let nextId = 0;
  let answered = false;
  const pending = new Map<number, { resolve: (text: string | null) => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    answered = true;
    pending.delete(reply.id);
    if (reply.error !== undefined) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.text ?? null);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    if (!answered) workersBroken = true;
    failAll(new Error(`QR worker failed: ${event.message ?? 'no message'}`));
  });
  return {
    decode(frame) {
      const id = nextId++;
      return new Promise<string | null>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        // The pixels move to the worker (no copy); every grab makes a new buffer.
        const { data, width, height, inversion = 'dontInvert' } = frame;
        worker.postMessage({ id, data, width, height, inversion }, [data.buffer]);
      });
    },
    dispose() {
      worker.terminate();
      failAll(new Error('QR worker stopped'));
    },
  };
}

/** For tests: forget that workers failed before. */
export function resetDecoderFallback() {
  workersBroken = false;
}
