import { downscaleImage, fitWithin, MAX_BYTES, MAX_EDGE } from './downscale';

describe('fitWithin', () => {
  it.each([
    [4032, 3024, { width: 1568, height: 1176 }], // 12 MP landscape
    [3024, 4032, { width: 1176, height: 1568 }], // portrait
    [4000, 4000, { width: 1568, height: 1568 }],
    [1568, 1000, { width: 1568, height: 1000 }], // exactly the limit: untouched
    [800, 600, { width: 800, height: 600 }], // never enlarged
    [20000, 10, { width: 1568, height: 1 }], // a sliver keeps at least one pixel
  ])('%i×%i → %o', (w, h, expected) => {
    expect(fitWithin(w, h)).toEqual(expected);
  });

  it('uses 1568 px as the default long side', () => {
    expect(MAX_EDGE).toBe(1568);
  });

  it('refuses sizes that are not an image', () => {
    expect(() => fitWithin(0, 100)).toThrow(RangeError);
    expect(() => fitWithin(Number.NaN, 100)).toThrow(RangeError);
  });
});

/** A canvas whose toBlob hands back what the browser would, in `types` order. */
function stubCanvas(encode: (type: string, quality: number, call: number) => Blob | null) {
  const drawImage = vi.fn();
  const ctx = { drawImage, imageSmoothingEnabled: false, imageSmoothingQuality: 'low' };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
  let call = 0;
  const toBlob = vi
    .spyOn(HTMLCanvasElement.prototype, 'toBlob')
    .mockImplementation(function (this: HTMLCanvasElement, cb: BlobCallback, type?: string, quality?: number) {
      cb(encode(type ?? 'image/png', quality ?? 0.92, call++));
    });
  return { ctx, drawImage, toBlob };
}

function stubBitmap(width: number, height: number) {
  const close = vi.fn();
  const create = vi.fn().mockResolvedValue({ width, height, close });
  vi.stubGlobal('createImageBitmap', create);
  return { create, close };
}

describe('downscaleImage', () => {
  const photo = new Blob([new Uint8Array(10)], { type: 'image/jpeg' });

  it('draws a 12 MP photo at 1568 px on the long side and re-encodes it as JPEG', async () => {
    const bitmap = stubBitmap(4032, 3024);
    const { drawImage, toBlob, ctx } = stubCanvas((type) => new Blob(['jpeg-bytes'], { type }));

    const result = await downscaleImage(photo);

    expect(bitmap.create).toHaveBeenCalledWith(photo, { imageOrientation: 'from-image' });
    expect(drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, 1568, 1176);
    expect(ctx.imageSmoothingQuality).toBe('high');
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/jpeg', 0.85);
    expect(result).toMatchObject({ width: 1568, height: 1176 });
    expect(result.blob.type).toBe('image/jpeg');
    expect(bitmap.close).toHaveBeenCalled(); // the decoded pixels are let go at once
  });

  it('re-encodes a small photo too, so EXIF and GPS never leave the phone', async () => {
    stubBitmap(640, 480);
    const { drawImage } = stubCanvas((type) => new Blob(['x'], { type }));
    const result = await downscaleImage(photo);
    expect(drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, 640, 480);
    expect(result.blob).not.toBe(photo);
  });

  it('falls back to JPEG where the browser cannot write WebP', async () => {
    stubBitmap(2000, 1000);
    const { toBlob } = stubCanvas((type) => new Blob(['x'], { type: type === 'image/webp' ? 'image/png' : type }));
    const result = await downscaleImage(photo, { type: 'image/webp' });
    expect(toBlob.mock.calls.map((c) => c[1])).toEqual(['image/webp', 'image/jpeg']);
    expect(result.blob.type).toBe('image/jpeg');
  });

  it('lowers the quality until the photo fits the 5 MB upload limit', async () => {
    stubBitmap(1568, 1568);
    const { toBlob } = stubCanvas((type, quality) => new Blob([new Uint8Array(quality > 0.6 ? MAX_BYTES + 1 : 1000)], { type }));
    const result = await downscaleImage(photo);
    expect(toBlob.mock.calls.map((c) => Number(c[2]).toFixed(2))).toEqual(['0.85', '0.65', '0.45']);
    expect(result.blob.size).toBe(1000);
  });

  it('reports a photo the browser cannot decode', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new DOMException('bad image', 'InvalidStateError')));
    await expect(downscaleImage(photo)).rejects.toThrow('bad image');
  });
});
