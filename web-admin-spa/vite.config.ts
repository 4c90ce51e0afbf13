/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from '../web-shared/build/precompress.mjs';

// local-api serves this app at /admin/ and the API at /v1/ on one origin, as CloudFront does.
export default defineConfig({
  base: '/admin/',
  plugins: [
    react(),
    // build only: tests need no service worker
    !process.env.VITEST && VitePWA({
      // The gate device's app shell, so a reload while the network is down still opens the scanner (the
      // offline check and queue live in IndexedDB). main.tsx registers dist/sw.js (scope /admin/); a new
      // build takes over at once, as the hand-written worker did.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: false,
      workbox: {
        // every file of the current build; files of older builds are dropped
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        cleanupOutdatedCaches: true,
        skipWaiting: true,
        clientsClaim: true,
        // the page itself: the network when it answers (a deployed update arrives at once), else the copy
        navigateFallback: null,
        runtimeCaching: [
          {
            // a navigation the worker sees is within its scope, so on this origin under /admin/
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: { cacheName: 'gmp-admin-pages', precacheFallback: { fallbackURL: '/admin/index.html' } },
          },
        ],
        // /v1/ is outside the worker's scope (/admin/) and no route above matches it: never cached
      },
    }),
    precompress(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5174,
    proxy: { '/v1': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files stay cached across our releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/](?!jsqr)/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
