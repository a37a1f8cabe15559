// The layering rules of eslint.config.js, run on fixtures that break them on purpose: a rule
// that stopped working (a resolver that finds nothing, a zone with a wrong path) would pass
// every real file in silence, so each rule must be seen to fail here.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = fileURLToPath(new URL('./lint-fixtures/', import.meta.url));

/** Rule ids reported for each fixture file, by its path under the fixtures' `src/`. */
let reported: Map<string, string[]>;

beforeAll(async () => {
  const config = `${root}eslint.config.js`;
  const { layerRule } = (await import(config)) as { layerRule: (root: string) => object };
  // The app's config, with its layers' zones (./src/render…) taken from the fixtures' folder.
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: config,
    overrideConfig: { rules: { 'import-x/no-restricted-paths': ['error', layerRule(fixtures)] } },
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  reported = new Map(
    results.map((r) => [
      r.filePath.slice(fixtures.length + 'src/'.length),
      r.messages.map((m) => m.ruleId ?? m.message),
    ]),
  );
}, 60_000); // loading ESLint and its plugins takes seconds on a busy machine

describe('the lint rules on deliberately broken imports', () => {
  it('lints every fixture', () => {
    expect([...reported.keys()].sort()).toEqual([
      'model/cycle-a.ts',
      'model/cycle-b.ts',
      'model/pure.ts',
      'model/reaches-store.ts',
      'render/plain.ts',
      'render/reaches-store.ts',
      'render/reaches-ui.ts',
      'store/count.ts',
      'ui/control.ts',
      'ui/uses-render.ts',
    ]);
  });

  it('fail a circular import, on both sides of the circle', () => {
    expect(reported.get('model/cycle-a.ts')).toEqual(['import-x/no-cycle']);
    expect(reported.get('model/cycle-b.ts')).toEqual(['import-x/no-cycle']);
  });

  it('fail render importing ui or the store', () => {
    expect(reported.get('render/reaches-ui.ts')).toEqual(['import-x/no-restricted-paths']);
    expect(reported.get('render/reaches-store.ts')).toEqual(['import-x/no-restricted-paths']);
  });

  it('fail the core importing the store', () => {
    expect(reported.get('model/reaches-store.ts')).toEqual(['import-x/no-restricted-paths']);
  });

  it('pass imports that go down the layers', () => {
    for (const file of ['model/pure.ts', 'render/plain.ts', 'ui/uses-render.ts', 'store/count.ts'])
      expect(reported.get(file), file).toEqual([]);
  });
});
