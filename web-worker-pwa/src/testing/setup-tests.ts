import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { clearOutbox } from '@/features/checklist';
import { clearPass } from '@/features/pass';
import { session } from '@/lib/api';
import { backend, server } from './mock-api';

// CI shares two cores with the Java build: give findBy* more than the default second.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  backend.reset();
  localStorage.clear();
  session.reloadFromStorage();
  await clearPass();
  await clearOutbox();
});
afterAll(() => server.close());
