import { useCallback, useEffect, useState } from 'react';

type WakeLockSentinelLike = { release(): Promise<void>; addEventListener?(type: 'release', cb: () => void): void };
type WakeLockLike = { request(type: 'screen'): Promise<WakeLockSentinelLike> };

/**
 * A gate tablet left at the door: the screen stays on while the scanner is open (Screen Wake Lock, taken again when
 * the page comes back into view, since the browser drops it when hidden), and full screen is one tap away.
 */
export function useKiosk() {
  const [awake, setAwake] = useState(false);
  const [fullscreen, setFullscreen] = useState(() => typeof document !== 'undefined' && !!document.fullscreenElement);

  useEffect(() => {
    const wakeLock = (navigator as { wakeLock?: WakeLockLike }).wakeLock;
    if (!wakeLock) return;
    let sentinel: WakeLockSentinelLike | undefined;
    let stopped = false;
    const acquire = async () => {
      if (stopped || document.visibilityState !== 'visible') return;
      try {
        sentinel = await wakeLock.request('screen');
        if (stopped) {
          void sentinel.release();
          return;
        }
        setAwake(true);
        sentinel.addEventListener?.('release', () => setAwake(false));
      } catch {
        setAwake(false); // not allowed here (battery saver, no user gesture yet): the screen may sleep
      }
    };
    const onVisibility = () => void acquire();
    void acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);

  return { awake, fullscreen, toggleFullscreen, canFullscreen: typeof document !== 'undefined' && !!document.documentElement.requestFullscreen };
}
