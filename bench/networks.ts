// The real networks in bench/networks/*.yaml, loaded through the app's own loader so that
// they are held to exactly the rules a user's file is.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadText } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problem.ts';
import type { TransitMap } from '../src/model/schema.ts';

export const NETWORKS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'networks');

export interface Network {
  readonly file: string;
  readonly map: TransitMap;
  /** Problems of any severity, formatted with their line and column. */
  readonly problems: readonly string[];
}

export function loadNetworks(dir = NETWORKS_DIR): Network[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const result = loadText(readFileSync(join(dir, file), 'utf8'));
      const problems = result.problems.map((p) => `${file}:${formatProblem(p)}`);
      const map = result.maps[0];
      if (!map) throw new Error(`${file} holds no valid map:\n${problems.join('\n')}`);
      return [{ file, map, problems }];
    });
}
