import type { IncomingMessage, ServerResponse } from 'node:http';
import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { BUNDLED_DATA_ID, bundledData } from './scripts/vite-bundled-data.ts';

/** The page's Content-Security-Policy; the app needs nothing beyond it. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "img-src 'self' data: blob:",
  // `#src=URL` may open a map from another host that allows it (CORS), over https only.
  "connect-src 'self' https:",
].join('; ');

/** Adds the CSP to the built page (the dev server injects inline scripts, so not there). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * `frame-ancestors` cannot be set from a `<meta>` policy (browsers ignore it there): it is an
 * HTTP header, sent here by the dev and preview servers and to be sent the same way by any
 * host (README, "Embed"). The embed view may be framed by any site — that is its purpose, and
 * it is read-only, so a frame around it can click nothing that changes anything; the app
 * itself only by its own origin, so that no other site can frame its editing controls.
 */
export const frameAncestors = (path: string): string =>
  /^\/(?:[^?#]*\/)?embed\.html(?:[?#]|$)/.test(path)
    ? 'frame-ancestors *'
    : "frame-ancestors 'self'";

function frameAncestorsHeader(): Plugin {
  const header = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    res.setHeader('Content-Security-Policy', frameAncestors(req.url ?? '/'));
    next();
  };
  return {
    name: 'frame-ancestors',
    configureServer: (server) => void server.middlewares.use(header),
    configurePreviewServer: (server) => void server.middlewares.use(header),
  };
}

/**
 * Preloads the bundled maps' chunk from the page: the first map is drawn from it, and as a
 * dynamic import it would be requested only once the entry chunk had been fetched and run.
 */
function preloadBundledData(): Plugin {
  let base = './';
  return {
    name: 'preload-bundled-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId === `\0${BUNDLED_DATA_ID}`,
        );
        if (!chunk) return [];
        // `crossorigin` as on Vite's own preloads: the import then reuses the fetched module.
        const attrs = { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` };
        return [{ tag: 'link', attrs, injectTo: 'head' }];
      },
    },
  };
}

/**
 * The long property runs (fast-check over generated maps and hostile text): about a third of
 * the unit tests' time. `npm run check` leaves them out (the `unit` project); `npm test` and a
 * plain `vitest run` run both projects.
 */
// Left out of `npm run check` (the inner loop), run by `npm test`: the long property runs, the
// real networks laid out, and the command line driven as a user would, in child processes.
const LONG = [
  'src/**/fuzz.test.ts',
  'src/**/*.property.test.ts',
  'src/**/*.long.test.ts',
  'scripts/cli.test.ts',
];
const UNIT = [
  'src/**/*.test.ts',
  'src/**/*.test.tsx',
  'scripts/**/*.test.ts',
  'bench/**/*.test.ts',
];

export default defineConfig({
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    bundledData(new URL('./maps', import.meta.url).pathname),
    preloadBundledData(),
    frameAncestorsHeader(),
  ],
  build: {
    rollupOptions: {
      // The app, and the read-only embed view for iframes (embed.html).
      input: {
        main: new URL('./index.html', import.meta.url).pathname,
        embed: new URL('./embed.html', import.meta.url).pathname,
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    testTimeout: 60_000,
    // Each project names its own files (a project's arrays would add to the root's).
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: UNIT, exclude: [...configDefaults.exclude, ...LONG] },
      },
      { extends: true, test: { name: 'long', include: LONG } },
    ],
  },
});
