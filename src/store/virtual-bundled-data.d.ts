// The module scripts/vite-bundled-data.ts makes at build time.
declare module 'virtual:bundled-data' {
  import type { BundledData } from './bundled-data.ts';

  const data: BundledData;
  export default data;
}
