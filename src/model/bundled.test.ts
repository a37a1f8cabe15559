// Every bundled YAML file validates, and the generated JSON Schemas are current and accept them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serialiseSchema } from './json-schema.ts';
import { loadText } from './load.ts';
import { formatProblem } from './problem.ts';

const root = join(import.meta.dirname, '..', '..');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) && !entry.name.includes('.broken.') ? [path] : [];
  });
const files = yamlFiles(join(root, 'maps'));
const read = (path: string) => readFileSync(path, 'utf8');
const bundledMaps = files.flatMap((f) => loadText(read(f)).maps);

describe('bundled YAML', () => {
  it('includes the default map and the workflow map', () => {
    const ids = bundledMaps.map((m) => m.id);
    expect(ids).toContain('ml-system');
    expect(ids).toContain('ml-workflow');
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s loads without problems', (_, file) => {
    const result = loadText(read(file), { maps: bundledMaps });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s names its JSON Schema', (_, file) => {
    const first = read(file).split('\n')[0] ?? '';
    expect(first).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+public\/schema\/\S+\.json$/);
    const schemaPath = join(file, '..', first.split('$schema=')[1] ?? '');
    expect(() => readFileSync(schemaPath)).not.toThrow();
  });
});

describe('the default map', () => {
  const map = bundledMaps.find((m) => m.id === 'ml-system');
  it('has 30 stations, 7 lines, 4 zones, a loop and branches', () => {
    expect(map?.stations).toHaveLength(30);
    expect(map?.lines).toHaveLength(7);
    expect(map?.zones.map((z) => z.id)).toEqual(['discovery', 'data', 'pipelines', 'operations']);
    const feedback = map?.lines.find((l) => l.id === 'feedback')?.stops as string[];
    expect(feedback[0]).toBe(feedback[feedback.length - 1]);
    const branching = map?.lines.filter((l) => Array.isArray(l.stops[0])).map((l) => l.id);
    expect(branching?.sort()).toEqual(['data', 'delivery', 'model']);
    expect(map?.stations.every((s) => (s.description ?? '').length > 20)).toBe(true);
  });
});

describe('JSON Schemas', () => {
  const schemas = jsonSchemas();

  it.each(Object.keys(schemas))('public/schema/%s is up to date (npm run schema)', (name) => {
    const onDisk = read(join(root, 'public', 'schema', name));
    expect(onDisk).toBe(serialiseSchema(schemas[name]));
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s is accepted by the JSON Schema', (_, f) => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schemas['transit-map.schema.json'] ?? {});
    const docs = parseAllDocuments(read(f));
    for (const doc of Array.isArray(docs) ? docs : []) {
      const ok = validate(doc.toJS());
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
