import { Outlet } from 'react-router';
import { ReloadPrompt } from '@/components/ReloadPrompt';

/**
 * Around every screen, the login screen included: the service worker is registered on the first visit, before
 * anyone signs in, so the app (and its login screen) opens next time with no signal.
 */
export function RootLayout() {
  return (
    <>
      <ReloadPrompt />
      <Outlet />
    </>
  );
}
