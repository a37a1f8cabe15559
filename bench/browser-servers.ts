// Builds the app and the bench-only page, and serves both with `vite preview` on ports of
// their own (so the bench never meets the dev server or another person's e2e server).
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

const root = join(import.meta.dirname, '..');
// Build output goes under node_modules/.cache, which git, lint and format all ignore, in a
// folder per port, so that two benches on one machine never serve each other's build.
const appOut = (port: number) => join(root, 'node_modules', '.cache', `bench-app-${port}`);
const PAGES_CONFIG = join(root, 'bench', 'pages', 'vite.config.ts');
const pagesOut = (port: number) => join(root, 'node_modules', '.cache', `bench-pages-${port}`);

export interface Served {
  readonly appUrl: string;
  readonly pagesUrl: string;
  close(): Promise<void>;
}

export async function buildAndServe(port: number): Promise<Served> {
  const appConfig = join(root, 'vite.config.ts');
  await build({ root, configFile: appConfig, logLevel: 'warn', build: { outDir: appOut(port) } });
  await build({ configFile: PAGES_CONFIG, build: { outDir: pagesOut(port) } });
  const servers: PreviewServer[] = [];
  const serve = async (configFile: string, outDir: string, at: number) => {
    const server = await preview({
      root,
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: at, strictPort: true, open: false },
    });
    servers.push(server);
    return `http://127.0.0.1:${at}/`;
  };
  const appUrl = await serve(appConfig, appOut(port), port);
  const pagesUrl = `${await serve(PAGES_CONFIG, pagesOut(port), port + 1)}tube-compare.html`;
  return {
    appUrl,
    pagesUrl,
    close: async () => {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
