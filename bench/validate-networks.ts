// Checks every real network in bench/networks against the schema and the loader's checks,
// and prints its size. Run: npx tsx bench/validate-networks.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNetworks, NETWORKS_DIR } from './networks.ts';
import { linePaths, TransitMap } from '../src/model/schema.ts';

const SCHEMA_COMMENT = '# yaml-language-server: $schema=../../public/schema/map.schema.json';
let failed = false;
for (const { file, map, problems } of loadNetworks()) {
  TransitMap.parse(map);
  const text = readFileSync(join(NETWORKS_DIR, file), 'utf8');
  const issues = [...problems];
  if (!text.startsWith(SCHEMA_COMMENT))
    issues.push(`${file}: does not start with the schema comment`);
  const onLine = new Set(map.lines.flatMap((l) => linePaths(l).flat()));
  const interchanges = map.stations.filter(
    (s) => map.lines.filter((l) => linePaths(l).some((p) => p.includes(s.id))).length >= 2,
  );
  if (map.stations.length < 80 || map.stations.length > 220)
    issues.push(`${file}: ${map.stations.length} stations`);
  if (map.lines.length > 15) issues.push(`${file}: ${map.lines.length} lines`);
  if (onLine.size !== map.stations.length) issues.push(`${file}: a station is on no line`);
  const size = `${map.stations.length} stations, ${map.lines.length} lines, ${interchanges.length} interchanges`;
  console.log(`${issues.length === 0 ? 'ok  ' : 'FAIL'} ${file}: ${size}`);
  for (const issue of issues) console.log(`     ${issue}`);
  failed ||= issues.length > 0;
}
process.exitCode = failed ? 1 : 0;
