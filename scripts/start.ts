// `npm start`: builds the app and serves the build (`vite preview`), in this one process, so
// that the first map shows about a second after the server says it is ready (the dev server
// transforms hundreds of modules on the first visit: 11 s on a 2-core machine), and so that
// Ctrl-C (or SIGTERM) stops everything: no Vite process is left behind.
// `npm run dev` is the dev server with hot reload. Options: --port N (default 4173), --host H,
// --out-dir D (default dist; the end-to-end suite builds its own, so its test build is kept).
import { build, preview } from 'vite';

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const port = Number(argument('port') ?? process.env.PORT ?? 4173);
const host = argument('host') ?? '127.0.0.1';
const outDir = argument('out-dir') ?? 'dist';

let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  void Promise.resolve(server?.close()).finally(() => process.exit(code));
  // Never hang on a slow close.
  setTimeout(() => process.exit(code), 2000).unref();
};
let server: Awaited<ReturnType<typeof preview>> | undefined;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(0));

// The bundler's timing report is for whoever tunes the build, not for someone starting the app.
await build({
  logLevel: 'warn',
  build: { outDir, rolldownOptions: { checks: { bundlerTimings: false } } },
});
if (!stopping) {
  server = await preview({
    build: { outDir },
    preview: { port, host, strictPort: true, open: false },
  });
  server.printUrls();
  console.log(
    `  ready: http://${host}:${port}/ — the default map draws about a second after you open the page.`,
  );
  console.log('  (Ctrl-C stops. For hot reload while editing the code: npm run dev)');
}
