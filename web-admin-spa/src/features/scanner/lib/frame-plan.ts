/**
 * What part of a camera picture each decode looks at, so that the work per frame stays bounded on a
 * slow device without losing small codes. A pass has a long token (a QR code of 85–93 modules):
 * scaled down with the whole picture it loses modules, so most attempts read the centre square at
 * (nearly) the camera's own resolution — where the on-screen target asks the worker to hold the
 * phone — and every few frames the whole picture, scaled, catches a code held off-centre or close.
 */
export type Inversion = 'dontInvert' | 'onlyInvert';

export type FramePlan = {
  /** the source rectangle in video pixels */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** the size it is drawn at for decoding */
  dw: number;
  dh: number;
  /** dark-on-light codes (a phone's screen) first; light-on-dark (a dark theme) now and then */
  inversion: Inversion;
};

/** The longest side decoded: jsQR's time grows with pixels, and faster than linearly on noisy ones. */
export const MAX_CENTRE_SIDE = 640;
export const MAX_WHOLE_SIDE = 800;

type Kind = 'centre' | 'whole' | 'centre-inverted';
const CYCLE: readonly Kind[] = ['centre', 'centre', 'whole', 'centre', 'centre', 'centre-inverted'];

export function planFor(attempt: number, videoWidth: number, videoHeight: number): FramePlan {
  const kind = CYCLE[((attempt % CYCLE.length) + CYCLE.length) % CYCLE.length];
  if (kind === 'whole') {
    const scale = Math.min(1, MAX_WHOLE_SIDE / Math.max(videoWidth, videoHeight));
    return {
      sx: 0,
      sy: 0,
      sw: videoWidth,
      sh: videoHeight,
      dw: Math.max(1, Math.round(videoWidth * scale)),
      dh: Math.max(1, Math.round(videoHeight * scale)),
      inversion: 'dontInvert',
    };
  }
  const side = Math.min(videoWidth, videoHeight);
  const drawn = Math.max(1, Math.min(side, MAX_CENTRE_SIDE));
  return {
    sx: Math.floor((videoWidth - side) / 2),
    sy: Math.floor((videoHeight - side) / 2),
    sw: side,
    sh: side,
    dw: drawn,
    dh: drawn,
    inversion: kind === 'centre-inverted' ? 'onlyInvert' : 'dontInvert',
  };
}
