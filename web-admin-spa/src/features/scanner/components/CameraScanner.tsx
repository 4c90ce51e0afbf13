import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { createFrameGrabber, videoProgress } from '../lib/frame-grabber';
import { createQrDecoder } from '../lib/qr-decoder';
import { startScanLoop } from '../lib/scan-loop';

type CameraState = 'off' | 'starting' | 'on' | 'denied' | 'unavailable' | 'insecure';

type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };

/** Rear camera, continuous decoding; every decoded text goes to onCode (de-duplication is the caller's). */
export function CameraScanner({ onCode, autoStart = true }: { onCode: (text: string) => void; autoStart?: boolean }) {
  const { t } = useI18n();
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const onCodeRef = useRef(onCode);
  const [state, setState] = useState<CameraState>('off');
  const [torchSupported, setTorchSupported] = useState(false);
  const [torchOn, setTorchOn] = useState(false);

  useEffect(() => {
    onCodeRef.current = onCode;
  }, [onCode]);

  // Bumped on every start and stop, so a getUserMedia that resolves late (StrictMode, a fast
  // stop after start) releases its stream instead of leaving the camera on.
  const generation = useRef(0);

  const release = useCallback(() => {
    generation.current++;
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
  }, []);

  const stop = useCallback(() => {
    release();
    setTorchOn(false);
    setTorchSupported(false);
    setState('off');
  }, [release]);

  const start = useCallback(async () => {
    if (!window.isSecureContext) return setState('insecure');
    if (!navigator.mediaDevices?.getUserMedia) return setState('unavailable');
    const mine = ++generation.current;
    setState('starting');
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      });
      if (mine !== generation.current) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      streamRef.current = stream;
      const video = videoRef.current;
      if (video) {
        video.srcObject = stream;
        await video.play().catch(() => undefined);
      }
      const track = stream.getVideoTracks()[0];
      const caps = (track?.getCapabilities?.() ?? {}) as TorchCapabilities;
      setTorchSupported(Boolean(caps.torch));
      setState('on');
    } catch (e) {
      if (mine !== generation.current) return;
      const name = e instanceof DOMException ? e.name : '';
      setState(name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable');
    }
  }, []);

  useEffect(() => {
    if (autoStart) void start();
    return release;
  }, [autoStart, start, release]);

  // A camera that stops delivering (a frozen driver, a track another app took) is started again.
  const restart = useCallback(() => {
    release();
    void start();
  }, [release, start]);

  useEffect(() => {
    if (state !== 'on') return;
    const video = videoRef.current;
    if (!video) return;
    const loop = startScanLoop({
      grab: createFrameGrabber(video),
      videoProgress: () => videoProgress(video),
      paused: () => document.visibilityState === 'hidden',
      createDecoder: createQrDecoder,
      onCode: (text) => onCodeRef.current(text),
      onStall: () => (video.paused ? void video.play().catch(() => undefined) : restart()),
    });
    // Background tabs get their timers slowed down: decode at once when the guard comes back.
    const onVisible = () => document.visibilityState === 'visible' && loop.kick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      loop.stop();
    };
  }, [state, restart]);

  const toggleTorch = async () => {
    const track = streamRef.current?.getVideoTracks()[0];
    if (!track) return;
    try {
      await track.applyConstraints({ advanced: [{ torch: !torchOn } as MediaTrackConstraintSet] });
      setTorchOn(!torchOn);
    } catch {
      setTorchSupported(false);
    }
  };

  const problem =
    state === 'denied'
      ? t('scanner.camera.denied')
      : state === 'unavailable'
        ? t('scanner.camera.unavailable')
        : state === 'insecure'
          ? t('scanner.camera.insecure')
          : null;

  return (
    <section className="camera" aria-label={t('scanner.camera.label')}>
      <div className={state === 'on' || state === 'starting' ? 'camera-frame' : 'camera-frame camera-frame-off'}>
        <video ref={videoRef} data-testid="camera-video" muted playsInline aria-label={t('scanner.camera.label')} />
        {state === 'on' && <div className="camera-target" aria-hidden="true" />}
      </div>
      {state === 'on' && <p className="muted">{t('scanner.camera.hint')}</p>}
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      <div className="row">
        {state === 'on' || state === 'starting' ? (
          <button type="button" className="btn btn-secondary" onClick={stop}>
            {t('scanner.camera.stop')}
          </button>
        ) : (
          <button type="button" className="btn btn-secondary" onClick={() => void start()} data-testid="camera-start">
            {t('scanner.camera.start')}
          </button>
        )}
        {torchSupported && (
          <button type="button" className="btn btn-secondary" aria-pressed={torchOn} onClick={() => void toggleTorch()}>
            {torchOn ? t('scanner.camera.torchOff') : t('scanner.camera.torchOn')}
          </button>
        )}
      </div>
    </section>
  );
}
