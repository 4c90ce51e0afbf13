import { createApiClient, createSessionStore, sessionHooks } from '@gmp/web-shared/client';
import { noteServerDate } from '@gmp/web-shared/clock';
import { env } from '@/config/env';

/**
 * The signed-in worker survives a reload (localStorage) so the app opens on a phone with no signal and
 * still shows the stored pass; the short-lived access token stays in this page's memory only.
 */
export const session = createSessionStore({ storageKey: 'gmp.session' });

export const api = createApiClient({
  baseUrl: env.API_BASE_URL,
  apiKey: env.API_KEY,
  session,
  lockName: 'gmp-worker-refresh',
  timeoutMs: 20_000,
});

// the rotating gate code follows the server's clock, not the phone's
api.onResponse((response) => noteServerDate(response.headers.get('date')));

export const { useSession } = sessionHooks(session);
