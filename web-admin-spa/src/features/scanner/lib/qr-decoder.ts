type Detector = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type DetectorCtor = new (options: { formats: string[] }) => Detector;

export type QrDecoder = { decode(video: HTMLVideoElement): Promise<string | null> };

const MAX_SIDE = 720;

/** BarcodeDetector where the browser has it (fast, native); jsQR on a downscaled frame elsewhere. */
export async function createQrDecoder(): Promise<QrDecoder> {
  const Native = (globalThis as { BarcodeDetector?: DetectorCtor & { getSupportedFormats?: () => Promise<string[]> } })
    .BarcodeDetector;
  if (Native) {
    try {
      const formats = (await Native.getSupportedFormats?.()) ?? ['qr_code'];
      if (formats.includes('qr_code')) {
        const detector = new Native({ formats: ['qr_code'] });
        return {
          async decode(video) {
            const found = await detector.detect(video);
            return found[0]?.rawValue ?? null;
          },
        };
      }
    } catch {
      // fall through to jsQR
    }
  }
  // Loaded only where it is needed: the decoder is the largest piece of the app.
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return {
    async decode(video) {
      if (!ctx || !video.videoWidth) return null;
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const w = Math.round(video.videoWidth * scale);
      const h = Math.round(video.videoHeight * scale);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      ctx.drawImage(video, 0, 0, w, h);
      const image = ctx.getImageData(0, 0, w, h);
      return jsQR(image.data, w, h, { inversionAttempts: 'attemptBoth' })?.data ?? null;
    },
  };
}
