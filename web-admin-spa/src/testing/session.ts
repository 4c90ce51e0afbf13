import { sessionStore } from '@/lib/session';
import { adminUser } from './handlers';

export function signInAsAdmin(overrides: Partial<typeof adminUser> = {}) {
  sessionStore.set({
    accessToken: 'at-1',
    refreshToken: 'rt-1',
    expiresAt: Date.now() + 900_000,
    user: { ...adminUser, ...overrides },
  });
}
