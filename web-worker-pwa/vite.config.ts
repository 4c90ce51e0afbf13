import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompress } from '../web-shared/build/precompress.mjs';

// local-api serves dist/ at `/` and the API at `/v1/` on the same origin (as CloudFront does).
export default defineConfig({
  base: '/',
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/v1': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  plugins: [
    react(),
    VitePWA({
      // The user decides when to reload (ReloadPrompt): never swap the app mid-checklist.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        id: '/',
        name: 'GMP 위생 출입 점검',
        short_name: '위생점검',
        description: '작업장 출입 전 위생상태 점검과 출입 QR 패스',
        lang: 'ko',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#14532d',
        categories: ['business', 'productivity', 'health'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // App shell only. API replies (health answers, verdicts) are never cached by the service
        // worker; the current pass lives in IndexedDB, written by the app itself.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest}'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/v1\//, /^\/admin(\/|$)/],
        cleanupOutdatedCaches: true,
        // Web Push (a supervisor's decision): public/push-sw.js, inside the generated service worker
        importScripts: ['push-sw.js'],
        runtimeCaching: [],
      },
    }),
    precompress(),
  ],
});
