import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';
import { readFileSync } from 'node:fs';
import { constants as zlibConstants, type InputType } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const DOCUMENT_CALL = /\bgraphql\(\s*`\s*(query|mutation|subscription|fragment)\s+(\w+)[^`]*`\s*\)/g;
const GENERATED_DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode/gm;

/**
 * Replaces each `graphql(`…`)` call with the parsed document it stands for, written into the
 * file that uses it (what GraphQL Code Generator's babel optimizer does; this build has no
 * babel). Otherwise gql.ts's lookup table, or the one generated module, puts every operation of
 * the app, staff consoles included, in the first download.
 */
function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'graphql-documents',
    enforce: 'pre',
    buildStart() {
      this.addWatchFile(generatedDocuments);
      documents = new Map([...readFileSync(generatedDocuments, 'utf8').matchAll(GENERATED_DOCUMENT)].map(([, name, json]) => [name, json]));
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const replaced = code.replace(DOCUMENT_CALL, (call, kind: string, name: string) => {
        const json = documents.get(kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`);
        // Not generated yet (codegen not run): leave the call, gql.ts still answers it.
        return json ? `(${json})` : call;
      });
      if (replaced === code) return null;
      // With every call replaced, drop the import too: gql.ts's table would otherwise come along.
      const unused = !/\bgraphql\(/.test(replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*gql['"];?/, ''));
      return { code: unused ? replaced.replace(/import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*gql['"];?/, '') : replaced, map: null };
    },
  };
}

/** gzip by Zopfli, for vite-plugin-compression2 (writes `.gz` beside each file). */
async function zopfli(input: InputType, options: { numiterations?: number }): Promise<Buffer> {
  // The plugin hands over each file as a Buffer (a Uint8Array), which Zopfli takes as it is.
  return Buffer.from(await zopfliGzip(typeof input === 'string' ? input : (input as Uint8Array), options));
}

// The NestJS server answers the API, media, uploads and exports; in dev Vite
// forwards those paths to it so the app always talks to its own origin.
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';
const proxied = ['/media', '/uploads', '/exports', '/healthz'];

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    react(),
    // Every text file also as .br (best quality: compressed once, at build, not per request)
    // and .gz beside it; the server sends whichever the browser accepts (express-static-gzip).
    // The .gz by Zopfli: ordinary gzip that any client reads, about 3.5 % smaller than zlib's
    // level 9, for the few browsers that do not take brotli (README, phone budget).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm(zopfli, { numiterations: 5 }),
      ],
      include: /\.(js|mjs|css|html|svg|json|txt|woff2?)$/,
      threshold: 1024,
    }),
  ],
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
    // Which files a first visit downloads: e2e/budget.mjs counts their bytes against the budget.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Libraries change less often than app code: a separate chunk stays cached across deploys.
        // Only those the first page needs: a library only a lazy route imports (ECharts for the
        // dashboard) stays in that route's chunks instead of being downloaded by everyone.
        codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/, tags: ['$initial'] }, { name: 'app', test: /\/src\//, tags: ['$initial'] }] },
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
    unstubGlobals: true,
    // One jsdom per worker, not per file: setting up jsdom for each of the ~40 files was most of
    // the run (55 s → 13 s on 2 cores). What a file could leave behind is reset between tests
    // (setup.ts: DOM cleanup, localStorage, language; mocks restored, globals unstubbed), and
    // the only module mock (echarts, for the dashboard) mocks a module no other file imports.
    isolate: false,
    // The same suite runs beside the backend's in `npm test`, on a machine that may be busy too:
    // a test that takes 300 ms alone has taken over 5 s (vitest's default limit) there.
    testTimeout: 30_000,
  },
});
