import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { errorMessage } from '@/lib/errors';
import { useI18n, type Lang, translate } from '@/lib/i18n';
import type { LocalizedText } from '@gmp/web-shared/api';
import { createAnalysis } from '../api/create-analysis';
import { createUpload } from '../api/create-upload';
import { downscaleImage, type DownscaleOptions } from '../lib/downscale';
import { UploadError, uploadPhoto, type XhrFactory } from '../lib/upload';

interface Props {
  itemId: string;
  inputId: string;
  describedBy?: string;
  invalid: boolean;
  onChange: (imageKey: string | undefined) => void;
  onBusyChange: (busy: boolean) => void;
  /** Seams for tests. */
  createXhr?: XhrFactory;
  backoffMs?: (attempt: number) => number;
  downscale?: (file: Blob, options?: DownscaleOptions) => Promise<{ blob: Blob }>;
}

type Phase = 'idle' | 'preparing' | 'uploading' | 'checking' | 'done' | 'error';
const UNREADABLE = Symbol('unreadable');

function uploadErrorMessage(error: unknown, lang: Lang): string {
  if (error instanceof UploadError) {
    if (error.status === 0) return translate(lang, 'error.network');
    if (error.status === 403) return translate(lang, 'error.UPLOAD_EXPIRED');
    if (error.status === 413) return translate(lang, 'error.PAYLOAD_TOO_LARGE');
    return translate(lang, 'error.SERVER');
  }
  return errorMessage(error, lang);
}

/**
 * Camera capture → downscale on the phone → presigned upload with a progress bar and retry.
 * The photo stays in memory only (an object URL for the preview, released when done).
 */
export function WoundPhotoField(props: Props) {
  const { itemId, inputId, describedBy, invalid, onChange, onBusyChange } = props;
  const { t, lang, loc } = useI18n();
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [rejection, setRejection] = useState<LocalizedText | null>(null);
  const blobRef = useRef<Blob | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const callbacks = useRef({ onChange, onBusyChange });
  callbacks.current = { onChange, onBusyChange };

  useEffect(() => {
    callbacks.current.onBusyChange(phase === 'preparing' || phase === 'uploading' || phase === 'checking');
  }, [phase]);

  useEffect(() => () => abortRef.current?.abort(), []);
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview);
  }, [preview]);

  /**
   * The server checks the photo (type, size, pixels) and has it assessed. A refused photo is retaken
   * now rather than failing the submission; if the check cannot be reached the submission decides.
   */
  async function isRefused(imageKey: string, signal: AbortSignal): Promise<boolean> {
    try {
      const analysis = await createAnalysis(imageKey);
      if (signal.aborted || analysis.status !== 'REJECTED') return signal.aborted;
      setRejection(analysis.reasonMessage ?? { ko: translate('ko', 'photo.unreadable'), en: translate('en', 'photo.unreadable') });
      setPhase('error');
      return true;
    } catch {
      return signal.aborted;
    }
  }

  async function upload(blob: Blob) {
    setRejection(null);
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase('uploading');
    setProgress(0);
    setError(undefined);
    try {
      const imageKey = await uploadPhoto(blob, {
        createUpload,
        onProgress: setProgress,
        signal: controller.signal,
        createXhr: props.createXhr,
        backoffMs: props.backoffMs,
      });
      if (controller.signal.aborted) return;
      setPhase('checking');
      if (await isRefused(imageKey, controller.signal)) return;
      setPhase('done');
      callbacks.current.onChange(imageKey);
    } catch (e) {
      if (controller.signal.aborted) return;
      setError(e);
      setPhase('error');
    }
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same photo may be picked again after a failure
    if (!file) return;
    callbacks.current.onChange(undefined);
    setPhase('preparing');
    setError(undefined);
    let blob: Blob;
    try {
      ({ blob } = await (props.downscale ?? downscaleImage)(file));
    } catch {
      blobRef.current = null;
      setError(UNREADABLE);
      setPhase('error');
      return;
    }
    blobRef.current = blob;
    setPreview(URL.createObjectURL(blob));
    await upload(blob);
  }

  const percent = Math.round(progress * 100);
  const busy = phase === 'preparing' || phase === 'uploading';

  return (
    <div className="photo-field" aria-describedby={describedBy}>
      <p className="muted">{t('photo.hint')}</p>
      {preview && <img className="photo-field__preview" src={preview} alt={t('photo.preview')} />}

      <input
        id={inputId}
        data-testid={`item-${itemId}-file`}
        className="visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        disabled={busy}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => void onFile(e)}
      />
      <label htmlFor={inputId} className={`btn btn--secondary btn--block${busy ? ' is-disabled' : ''}`} data-testid={`item-${itemId}-capture`}>
        <span aria-hidden="true">📷 </span>
        {phase === 'idle' ? t('photo.take') : t('photo.retake')}
      </label>

      <div aria-live="polite" className="photo-field__status">
        {phase === 'preparing' && <p>{t('photo.preparing')}</p>}
        {phase === 'uploading' && (
          <>
            <p>{t('photo.uploading', { percent })}</p>
            <progress
              className="progress"
              data-testid="photo-progress"
              max={100}
              value={percent}
              aria-label={t('photo.progress')}
            />
          </>
        )}
        {phase === 'checking' && <p>{t('photo.checking')}</p>}
        {phase === 'done' && (
          <p className="ok" data-testid="photo-uploaded">
            <span aria-hidden="true">✓ </span>
            {t('photo.uploaded')}
          </p>
        )}
      </div>

      {phase === 'error' && (
        <div className="alert alert--error" role="alert" data-testid="photo-error">
          <p>
            {rejection ? (
              <>
                {t('photo.rejected')} {loc(rejection)}
              </>
            ) : (
              <>
                {t('photo.failed')} {error === UNREADABLE ? t('photo.unreadable') : uploadErrorMessage(error, lang)}
              </>
            )}
          </p>
          {blobRef.current && error !== UNREADABLE && !rejection && (
            <button
              type="button"
              className="btn btn--primary"
              data-testid="photo-retry"
              onClick={() => blobRef.current && void upload(blobRef.current)}
            >
              {t('photo.retry')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
