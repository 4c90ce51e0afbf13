import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useI18n } from '@/lib/i18n';

// Right after the first paint rather than in it (issue 17 item 8): registering the service worker waits for nothing
// on screen, and the registration code (workbox-window) is not small.
const ReloadPrompt = lazy(() => import('@/components/ReloadPrompt').then((m) => ({ default: m.ReloadPrompt })));

/**
 * Around every screen, the login screen included: the service worker is registered on the first visit, before
 * anyone signs in, so the app (and its login screen) opens next time with no signal.
 */
export function RootLayout() {
  const { t } = useI18n();
  return (
    <>
      <Suspense fallback={null}>
        <ReloadPrompt />
      </Suspense>
      {/* the signed-in screens are fetched after the first paint (route-config) */}
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        <Outlet />
      </Suspense>
    </>
  );
}
