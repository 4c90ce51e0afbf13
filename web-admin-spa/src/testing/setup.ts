import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { closeGateDbs } from '@/features/scanner/lib/db';
import { session } from '@/lib/api';
import { server } from './server';

// findBy/waitFor give up after 1 s by default: too short on a busy two-core CI machine.
configure({ asyncUtilTimeout: 5_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup(); // unmount first: queries still in flight are cancelled before their handlers go
  server.resetHandlers();
  session.clear();
  localStorage.clear();
  // every test starts with an empty IndexedDB (offline queue, cached keys)
  await closeGateDbs();
  globalThis.indexedDB = new IDBFactory();
});
afterAll(() => server.close());
