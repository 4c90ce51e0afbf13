import { planFor } from './frame-plan';
import type { Frame } from './scan-loop';

type Canvas2d = Pick<CanvasRenderingContext2D, 'drawImage' | 'getImageData'>;

export type VideoLike = Pick<HTMLVideoElement, 'readyState' | 'videoWidth' | 'videoHeight'> & CanvasImageSource;

/** HTMLMediaElement.HAVE_CURRENT_DATA: the first picture has arrived. */
const HAVE_CURRENT_DATA = 2;

/**
 * Copies the part of the current picture that decode attempt `attempt` looks at (see frame-plan);
 * null while the video has no picture: a camera that has just started, or a stream that ended.
 */
export function createFrameGrabber(
  video: VideoLike,
  canvas: { width: number; height: number; getContext(id: '2d', options?: CanvasRenderingContext2DSettings): Canvas2d | null } =
    document.createElement('canvas'),
): (attempt: number) => Frame | null {
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  return (attempt) => {
    if (!ctx || video.readyState < HAVE_CURRENT_DATA || !video.videoWidth || !video.videoHeight) return null;
    const plan = planFor(attempt, video.videoWidth, video.videoHeight);
    if (canvas.width !== plan.dw) canvas.width = plan.dw;
    if (canvas.height !== plan.dh) canvas.height = plan.dh;
    ctx.drawImage(video, plan.sx, plan.sy, plan.sw, plan.sh, 0, 0, plan.dw, plan.dh);
    const image = ctx.getImageData(0, 0, plan.dw, plan.dh);
    return { data: image.data, width: image.width, height: image.height, inversion: plan.inversion };
  };
}

/**
 * A number that grows while the camera delivers pictures: the count of frames the video has shown
 * where the browser reports it (a stopped or frozen stream stops counting), else its clock.
 */
export function videoProgress(video: Pick<HTMLVideoElement, 'currentTime'> & Partial<Pick<HTMLVideoElement, 'getVideoPlaybackQuality'>>) {
  return video.getVideoPlaybackQuality?.().totalVideoFrames ?? video.currentTime;
}
