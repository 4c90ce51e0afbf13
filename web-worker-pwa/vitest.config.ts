import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // The PWA plugin is build-only; tests get a registration stub.
      'virtual:pwa-register/react': fileURLToPath(
        new URL('./src/testing/pwa-register-stub.ts', import.meta.url),
      ),
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 30_000,
    // styles.test.ts reads the palette through `?raw`.
    css: { include: [/styles\.css/] },
    unstubGlobals: true,
    // Node's fetch needs absolute URLs; the app itself uses the same-origin '/v1'.
    env: { VITE_API_KEY: 'test-api-key', VITE_API_BASE_URL: 'http://localhost:3000' },
    environmentOptions: { jsdom: { url: 'http://localhost:3000/' } },
  },
});
