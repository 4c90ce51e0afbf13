/** The long side the vision model reads best at; larger photos only cost upload time. */
export const MAX_EDGE = 1568;
/** The presigned upload accepts at most 5 MB. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface Size {
  width: number;
  height: number;
}

/** The size that fits `maxEdge` on the long side, keeping the aspect ratio; never enlarges. */
export function fitWithin(width: number, height: number, maxEdge = MAX_EDGE): Size {
  if (!(width > 0 && height > 0)) throw new RangeError(`Not an image size: ${width}×${height}`);
  const long = Math.max(width, height);
  if (long <= maxEdge) return { width, height };
  const scale = maxEdge / long;
  return {
    width: width >= height ? maxEdge : Math.max(1, Math.round(width * scale)),
    height: height > width ? maxEdge : Math.max(1, Math.round(height * scale)),
  };
}

export interface DownscaleOptions {
  maxEdge?: number;
  type?: 'image/jpeg' | 'image/webp';
  quality?: number;
}

export interface DownscaledImage extends Size {
  blob: Blob;
}

interface Drawable {
  width: number;
  height: number;
  source: CanvasImageSource;
  release: () => void;
}

async function decode(file: Blob): Promise<Drawable> {
  if (typeof createImageBitmap === 'function') {
    // 'from-image' applies the EXIF orientation, so a portrait photo stays upright.
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { width: bitmap.width, height: bitmap.height, source: bitmap, release: () => bitmap.close() };
  }
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      source: img,
      release: () => URL.revokeObjectURL(url),
    };
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}

function encode(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, quality));
}

/**
 * Shrinks a camera photo to at most `maxEdge` px and re-encodes it. The photo is always
 * re-encoded, even when small enough, so EXIF (GPS, device) never leaves the phone.
 */
export async function downscaleImage(file: Blob, options: DownscaleOptions = {}): Promise<DownscaledImage> {
  const maxEdge = options.maxEdge ?? MAX_EDGE;
  const drawable = await decode(file);
  try {
    const size = fitWithin(drawable.width, drawable.height, maxEdge);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('Canvas 2D is not available');
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(drawable.source, 0, 0, size.width, size.height);

    let type: string = options.type ?? 'image/jpeg';
    let quality = options.quality ?? 0.85;
    let blob = await encode(canvas, type, quality);
    // A browser that cannot write WebP hands back PNG: fall back to JPEG, which all can write.
    if (blob && blob.type !== type) {
      type = 'image/jpeg';
      blob = await encode(canvas, type, quality);
    }
    while (blob && blob.size > MAX_BYTES && quality > 0.45) {
      quality -= 0.2;
      blob = await encode(canvas, type, quality);
    }
    if (!blob) throw new Error('The photo could not be encoded');
    return { blob, ...size };
  } finally {
    drawable.release();
  }
}
