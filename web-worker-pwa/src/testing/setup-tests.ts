import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { clearPass } from '@/features/pass';
import { session } from '@/lib/session';
import { backend, server } from './mock-api';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  backend.reset();
  localStorage.clear();
  session.reloadFromStorage();
  await clearPass();
});
afterAll(() => server.close());
