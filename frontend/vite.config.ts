import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The NestJS server answers the API, media, uploads and exports; in dev Vite
// forwards those paths to it so the app always talks to its own origin.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';
const proxied = ['/media', '/uploads', '/exports', '/healthz'];

export default defineConfig({
  plugins: [react()],
  base: '/',
  resolve: {
    // The limits and helpers the server also uses, straight from their TypeScript sources
    // (the package's dist is CommonJS, made for Node).
    alias: { '@ugc/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: a separate chunk stays cached across deploys.
        // Only those the first page needs: a library only a lazy route imports (ECharts for the
        // dashboard) stays in that route's chunks instead of being downloaded by everyone.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/, tags: ['$initial'] }] },
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
