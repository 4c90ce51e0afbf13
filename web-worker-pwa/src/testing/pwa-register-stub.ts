import { useEffect, useState } from 'react';

/** How many times the app registered its service worker in this test (the real hook registers on mount). */
export const swRegistrations = { count: 0 };

/** Stands in for vite-plugin-pwa's virtual module in tests (the plugin only runs in builds). */
export function useRegisterSW() {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  useEffect(() => {
    swRegistrations.count += 1;
  }, []);
  return { needRefresh, offlineReady, updateServiceWorker: async () => undefined };
}
