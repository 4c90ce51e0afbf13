import { createApiClient, createSessionStore, sessionHooks } from '@gmp/web-shared/client';
import { noteServerDate } from '@gmp/web-shared/clock';
import { env } from '@/config/env';

/**
 * The admin app's session, access token included, in localStorage and shared by its tabs: a gate
 * tablet must survive a reload while the network is down, and offline pass checks need the siteId.
 */
export const session = createSessionStore({ storageKey: 'gmp-admin.session', shareAccessToken: true });

export const api = createApiClient({
  baseUrl: env.VITE_API_BASE_URL,
  apiKey: env.VITE_API_KEY,
  session,
  lockName: 'gmp-admin-refresh',
});

// the gate checks rotating codes offline by the server's clock, not the tablet's
api.onResponse((response) => noteServerDate(response.headers.get('date')));

export const { useSession, useUser } = sessionHooks(session);
