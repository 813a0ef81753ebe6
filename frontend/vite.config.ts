import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The NestJS server answers the API, media, uploads and exports; in dev Vite
// forwards those paths to it so the app always talks to its own origin.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';
const proxied = ['/media', '/uploads', '/exports', '/healthz'];

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: a separate chunk stays cached across deploys.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      ...Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: true }])),
    },
  },
  preview: {
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true, ws: true },
      ...Object.fromEntries(proxied.map((path) => [path, { target: apiTarget, changeOrigin: true }])),
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
  },
});
