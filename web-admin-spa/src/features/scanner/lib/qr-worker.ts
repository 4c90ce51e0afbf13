// jsQR off the main thread: a decode on a slow device can take a second or more, and the page must
// stay responsive meanwhile. One message in (pixels), one message out (text, null, or an error).
import jsQR from 'jsqr';

type Request = { id: number; data: Uint8ClampedArray; width: number; height: number; inversion: 'dontInvert' | 'onlyInvert' };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, data, width, height, inversion } = event.data;
  try {
    scope.postMessage({ id, text: jsQR(data, width, height, { inversionAttempts: inversion })?.data ?? null });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
