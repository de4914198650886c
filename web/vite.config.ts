import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app is served by the gateway at / (same origin as /graphql); `npm run dev` proxies the API to a running stack.
export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'OnMe',
        short_name: 'OnMe',
        description: 'Ownership coaching for sales teams: log encounters, see your ownership grow.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // the app shell works offline; /graphql and the sign-in are never cached (the offline queue handles writes)
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/q\//, /^\/demo-sign-in/, /^\/auth-config\.json/],
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
    }),
  ],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  // `npm run dev` (and `vite preview`) forward the API to a running stack: ONME_URL, else the launcher's default port
  server: {
    proxy: {
      '/graphql': process.env.ONME_URL ?? 'http://localhost:8080',
      '/demo-sign-in': process.env.ONME_URL ?? 'http://localhost:8080',
      '/auth-config.json': process.env.ONME_URL ?? 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
