import { useState } from 'react';

/** Stands in for vite-plugin-pwa's virtual module in tests (the plugin only runs in builds). */
export function useRegisterSW() {
  const needRefresh = useState(false);
  const offlineReady = useState(false);
  return { needRefresh, offlineReady, updateServiceWorker: async () => undefined };
}
