import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useI18n } from '@/lib/i18n';

const UPDATE_CHECK_MS = 60 * 60 * 1000;
const OFFLINE_READY_NOTE_MS = 5000;

/** The one place the service worker is registered; asks before swapping in a new version. */
export function ReloadPrompt() {
  const { t } = useI18n();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(swUrl, registration) {
      if (!registration) return;
      // Phones keep a PWA open for days: look for a new deploy every hour while online.
      setInterval(() => {
        if (!navigator.onLine || registration.installing) return;
        void fetch(swUrl, { cache: 'no-store' })
          .then((r) => (r.ok ? registration.update() : undefined))
          .catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
  });

  // "Works offline now" is news, not a question: let it go by itself.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const id = setTimeout(() => setOfflineReady(false), OFFLINE_READY_NOTE_MS);
    return () => clearTimeout(id);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="reload-prompt">
      <p>{needRefresh ? t('sw.updateAvailable') : t('sw.offlineReady')}</p>
      <div className="toast__actions">
        {needRefresh && (
          <button type="button" className="btn btn--primary" onClick={() => void updateServiceWorker(true)}>
            {t('sw.reload')}
          </button>
        )}
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          {needRefresh ? t('sw.later') : t('common.close')}
        </button>
      </div>
    </div>
  );
}
