import { sessionStore } from '@/lib/session';
import { adminUser } from './handlers';

export function signInAsAdmin(overrides: Partial<typeof adminUser> = {}) {
  sessionStore.set({
    accessToken: 'at-1',
    passwordChangeRequired: false,
    expiresAt: Date.now() + 900_000,
    user: { ...adminUser, ...overrides },
  });
}
