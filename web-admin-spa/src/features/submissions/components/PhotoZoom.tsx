import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';

const SCALES = [1, 2, 3, 4];

/**
 * The wound photo full screen, zoomed in steps (a reviewer has to see whether the edge of a cut is red or wet);
 * the enlarged photo scrolls in both directions. Escape or 닫기 closes it and gives focus back.
 */
export function PhotoZoom({ src, alt, onClose }: { src: string; alt: string; onClose: () => void }) {
  const { t } = useI18n();
  const [step, setStep] = useState(0);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    close.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      opener?.focus?.();
    };
  }, [onClose]);

  const scale = SCALES[step] ?? 1;
  return (
    <div className="photo-zoom" role="dialog" aria-modal="true" aria-label={alt} data-testid="photo-zoom">
      <div className="photo-zoom__bar">
        <button type="button" className="btn btn-secondary" onClick={() => setStep((s) => s - 1)} disabled={step === 0} data-testid="zoom-less">
          {t('review.zoomLess')}
        </button>
        <span aria-live="polite" data-testid="zoom-scale">
          {scale}×
        </span>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => setStep((s) => s + 1)}
          disabled={step === SCALES.length - 1}
          data-testid="zoom-more"
        >
          {t('review.zoomMore')}
        </button>
        <button type="button" className="btn" ref={close} onClick={onClose} data-testid="zoom-close">
          {t('review.zoomClose')}
        </button>
      </div>
      <div className="photo-zoom__view">
        <img src={src} alt={alt} referrerPolicy="no-referrer" style={{ width: `${scale * 100}%` }} data-testid="zoom-image" />
      </div>
    </div>
  );
}
