import { useEffect, useRef, useState } from 'react';
import { formatTime, useI18n } from '@/lib/i18n';
import { useNow } from '@/lib/use-now';
import { formatRemaining } from '../lib/countdown';
import { isExpired, type StoredPass } from '../lib/pass-store';
import { useDeviceKey, type DeviceState } from '../api/use-device-key';
import { QrCode } from './QrCode';
import { RotatingQr } from './RotatingQr';

interface Props {
  pass: StoredPass;
  /** The worker's site: part of what the phone signs. */
  siteId: string;
  department?: string;
  offline: boolean;
  onExpired: () => void;
}

/** Keeps the screen on while the QR is up (where the browser allows it). */
function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let lock: WakeLockSentinel | undefined;
    let cancelled = false;
    const acquire = () => {
      if (document.visibilityState !== 'visible') return;
      navigator.wakeLock
        .request('screen')
        .then((l) => (cancelled ? void l.release() : (lock = l)))
        .catch(() => undefined);
    };
    acquire();
    document.addEventListener('visibilitychange', acquire);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', acquire);
      void lock?.release().catch(() => undefined);
    };
  }, [active]);
}

export function PassView({ pass, siteId, department, offline, onExpired }: Props) {
  const { t, lang, loc } = useI18n();
  const now = useNow(1000);
  const expired = isExpired(pass, now);
  const notified = useRef(false);
  useWakeLock(!expired);
  const device = useDeviceKey(pass.holderId, pass.codeKind === 'ROTATING');

  useEffect(() => {
    if (expired && !notified.current) {
      notified.current = true;
      onExpired();
    }
  }, [expired, onExpired]);

  if (expired) {
    return (
      <div className="alert alert--warning" role="alert" data-testid="pass-expired">
        <p>{t('pass.expired')}</p>
      </div>
    );
  }

  const verdict = pass.verdict;
  return (
    <article className={`pass pass--${verdict.toLowerCase()}`} data-testid="pass-card" aria-labelledby="pass-holder">
      {offline && (
        <div className="banner banner--offline" role="status" data-testid="pass-offline">
          <span aria-hidden="true">⚠</span> {t('pass.offline')}
        </div>
      )}
      <p className={`pass__verdict badge badge--${verdict.toLowerCase()}`}>{t(`pass.verdict.${verdict}`)}</p>
      <h2 className="pass__holder" id="pass-holder" data-testid="pass-holder">
        {pass.holderName}
      </h2>
      {department && <p className="pass__dept">{department}</p>}
      <div className="pass__qr">
        {pass.codeKind === 'ROTATING' && device.status === 'retired' ? (
          <RetiredPhone device={device} />
        ) : pass.codeKind === 'ROTATING' && device.status === 'ready' ? (
          <RotatingQr
            device={device.key}
            passId={pass.id}
            siteId={siteId}
            label={t('pass.qrLabel', { name: pass.holderName })}
          />
        ) : pass.codeKind === 'ROTATING' && device.status === 'loading' ? (
          <div className="qr qr--pending" aria-busy="true" />
        ) : (
          <QrCode value={pass.token} label={t('pass.qrLabel', { name: pass.holderName })} testId="pass-qr" />
        )}
      </div>
      <p className="pass__countdown" data-testid="pass-countdown" role="timer" aria-live="off">
        {t('pass.expiresIn', { time: formatRemaining(pass.expiresAt, now) })}
      </p>
      <p className="pass__expiry">{t('pass.expiresAt', { time: formatTime(pass.expiresAt, lang) })}</p>
      <p className="pass__hint">
        <span aria-hidden="true">☀ </span>
        {t('pass.brightness')}
      </p>
      {pass.conditions.length > 0 && (
        <section className="pass__conditions" aria-labelledby="pass-conditions">
          <h3 id="pass-conditions">{t('pass.conditions')}</h3>
          <ul>
            {pass.conditions.map((c) => (
              <li key={c.code}>{loc(c.message)}</li>
            ))}
          </ul>
        </section>
      )}
      {pass.zones.length > 0 && (
        <p className="pass__zones">
          {t('pass.zones')}: {pass.zones.join(', ')}
        </p>
      )}
    </article>
  );
}

/**
 * Another phone was registered since: this one's codes would be refused at the gate (WRONG_DEVICE), so none is shown.
 * One button registers this phone again, which retires the other.
 */
function RetiredPhone({ device }: { device: Extract<DeviceState, { status: 'retired' }> }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const registerAgain = () => {
    setState('busy');
    device.registerAgain().catch(() => setState('failed'));
  };
  return (
    <div className="alert alert--warning" role="alert" data-testid="device-retired">
      <p>{t('pass.deviceRetired')}</p>
      <p>{t('pass.deviceRetiredHint')}</p>
      <button type="button" className="btn btn--primary" onClick={registerAgain} disabled={state === 'busy'} data-testid="register-again">
        {t('pass.registerAgain')}
      </button>
      {state === 'failed' && <p role="status">{t('pass.registerAgainFailed')}</p>}
    </div>
  );
}
