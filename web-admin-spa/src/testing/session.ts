import { session } from '@/lib/api';
import type { User } from '@gmp/web-shared/api';
import { adminUser } from './handlers';

export function signInAsAdmin(overrides: Partial<User> = {}) {
  session.start({ accessToken: 'at-1', expiresIn: 900, passwordChangeRequired: false, user: { ...adminUser, ...overrides } });
}
