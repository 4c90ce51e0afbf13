import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createFrameGrabber, videoProgress } from './frame-grabber';
import { MAX_CENTRE_SIDE, MAX_WHOLE_SIDE, planFor } from './frame-plan';
import { inlineDecoder } from './qr-decoder';
import type { Frame } from './scan-loop';

// A pass's token is long: its QR code has 93 modules a side.
const TOKEN = `eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIn0.${'x'.repeat(500)}.${'s'.repeat(86)}`;

/** A grey camera picture: white, with the QR code drawn `side` pixels wide at (left, top). */
function pictureWithQr(width: number, height: number, side: number, left = (width - side) / 2, top = (height - side) / 2) {
  const qr = QRCode.create(TOKEN, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size + 8; // with the quiet zone
  const luma = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor((x / side) * size) - 4;
      const my = Math.floor((y / side) * size) - 4;
      const dark = mx >= 0 && my >= 0 && mx < qr.modules.size && my < qr.modules.size && qr.modules.get(my, mx);
      if (dark) luma[(Math.floor(top) + y) * width + Math.floor(left) + x] = 0;
    }
  }
  return { width, height, luma, modules: qr.modules.size };
}

/** What drawImage(video, sx, sy, sw, sh, 0, 0, dw, dh) + getImageData give, nearest neighbour. */
function cut(picture: ReturnType<typeof pictureWithQr>, attempt: number): Frame {
  const plan = planFor(attempt, picture.width, picture.height);
  const data = new Uint8ClampedArray(plan.dw * plan.dh * 4);
  for (let y = 0; y < plan.dh; y++) {
    for (let x = 0; x < plan.dw; x++) {
      const sx = plan.sx + Math.floor(((x + 0.5) * plan.sw) / plan.dw);
      const sy = plan.sy + Math.floor(((y + 0.5) * plan.sh) / plan.dh);
      const v = picture.luma[sy * picture.width + sx] ?? 255;
      data.set([v, v, v, 255], (y * plan.dw + x) * 4);
    }
  }
  return { data, width: plan.dw, height: plan.dh, inversion: plan.inversion };
}

describe('planFor', () => {
  it('reads the centre square at the camera’s own resolution when it is small enough', () => {
    expect(planFor(0, 640, 480)).toMatchObject({ sx: 80, sy: 0, sw: 480, sh: 480, dw: 480, dh: 480, inversion: 'dontInvert' });
  });

  it('bounds the work on a large picture: the centre and the whole picture are scaled down', () => {
    const attempts = [0, 1, 2, 3, 4, 5].map((a) => planFor(a, 1920, 1080));
    for (const plan of attempts) expect(Math.max(plan.dw, plan.dh)).toBeLessThanOrEqual(Math.max(MAX_CENTRE_SIDE, MAX_WHOLE_SIDE));
    expect(attempts.filter((p) => p.sw === 1920)).toHaveLength(1); // the whole picture every sixth frame
    expect(attempts.filter((p) => p.inversion === 'onlyInvert')).toHaveLength(1);
  });

  it('reads a 93-module pass held in the centre of a 1280×720 camera from the centre square alone', async () => {
    const picture = pictureWithQr(1280, 720, 600);
    expect(picture.modules).toBe(93);
    const decoder = await inlineDecoder();
    expect(await decoder.decode(cut(picture, 0))).toBe(TOKEN);
  });

  it('reads a pass held off-centre from the whole picture', async () => {
    const picture = pictureWithQr(640, 480, 420, 0, 30);
    const decoder = await inlineDecoder();
    const whole = [0, 1, 2, 3, 4, 5].find((a) => planFor(a, 640, 480).sw === 640) ?? -1;
    expect(await decoder.decode(cut(picture, whole))).toBe(TOKEN);
  });
});

describe('createFrameGrabber', () => {
  const canvas = () => {
    const draws: unknown[][] = [];
    const ctx = {
      drawImage: (...args: unknown[]) => void draws.push(args),
      getImageData: (_x: number, _y: number, w: number, h: number) => ({ data: new Uint8ClampedArray(w * h * 4), width: w, height: h }),
    };
    return { draws, canvas: { width: 0, height: 0, getContext: () => ctx as unknown as CanvasRenderingContext2D } };
  };

  it('gives no frame before the video has a picture', () => {
    const { draws, canvas: c } = canvas();
    const video = { readyState: 1, videoWidth: 640, videoHeight: 480 } as unknown as HTMLVideoElement;
    expect(createFrameGrabber(video, c)(0)).toBeNull();
    expect(draws).toHaveLength(0);
  });

  it('gives no frame from a video of no size (a stream that ended)', () => {
    const { canvas: c } = canvas();
    const video = { readyState: 4, videoWidth: 0, videoHeight: 0 } as unknown as HTMLVideoElement;
    expect(createFrameGrabber(video, c)(0)).toBeNull();
  });

  it('draws the planned part of the picture at the planned size', () => {
    const { draws, canvas: c } = canvas();
    const video = { readyState: 4, videoWidth: 640, videoHeight: 480 } as unknown as HTMLVideoElement;
    const frame = createFrameGrabber(video, c)(0);
    expect(frame).toMatchObject({ width: 480, height: 480, inversion: 'dontInvert' });
    expect(draws[0]).toEqual([video, 80, 0, 480, 480, 0, 0, 480, 480]);
  });
});

describe('videoProgress', () => {
  it('counts frames where the browser reports them, else follows the clock', () => {
    expect(videoProgress({ currentTime: 3, getVideoPlaybackQuality: () => ({ totalVideoFrames: 90 }) as VideoPlaybackQuality })).toBe(90);
    expect(videoProgress({ currentTime: 3 })).toBe(3);
  });
});
