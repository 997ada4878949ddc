// The layers kaohe's data walks through (read → check → compute → render → write) import only backwards:
// src/load nothing of the core, report or CLI; src/core nothing of load, report or CLI; src/report nothing of
// load or CLI; a command no other command; the shared base (model, messages, decimal, …) none of the layers.
// This test reads every source's imports (type-only ones too: a type from a later layer is a dependency all the
// same) and fails on a breach. (src/core's own purity, imports of packages included, is test/core/purity.test.ts.)
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, ROOT, sourcesUnder } from './helpers/imports.js';

const LAYERS = ['load', 'core', 'report', 'cli'] as const;
type Layer = (typeof LAYERS)[number] | 'base';

/** What each layer may not import (the base is everything in src/ outside the four layers). */
const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  base: ['load', 'core', 'report', 'cli'],
  load: ['core', 'report', 'cli'],
  core: ['load', 'report', 'cli'],
  report: ['load', 'cli'],
  cli: [],
};

const layerOf = (path: string): Layer => LAYERS.find((l) => path.startsWith(`src/${l}/`)) ?? 'base';
const commandOf = (path: string): string | undefined => /^src\/cli\/commands\/([^/]+)\.ts$/.exec(path)?.[1];

/** Returns the breaches of one source (its repository path and text): imports that go against the layers. */
function layerBreaches(path: string, text: string): string[] {
  const layer = layerOf(path);
  const command = commandOf(path);
  const breaches: string[] = [];
  for (const { specifier, target } of importsOf(join(ROOT, path), text)) {
    if (!target.startsWith('src/')) continue;
    if (FORBIDDEN[layer].includes(layerOf(target))) breaches.push(`src/${layer} imports ${specifier}`);
    const other = commandOf(target);
    if (command !== undefined && other !== undefined && other !== command)
      breaches.push(`command ${command} imports command ${other}`);
  }
  return breaches;
}

describe('the layers', () => {
  const files = sourcesUnder(join(ROOT, 'src')).map((f) => relative(ROOT, f).replace(/\\/g, '/'));
  it('finds the sources of every layer and the commands', () => {
    for (const layer of LAYERS) expect(files.some((f) => layerOf(f) === layer)).toBe(true);
    expect(files.filter((f) => commandOf(f) !== undefined).length).toBeGreaterThanOrEqual(5);
  });
  it.each(files.map((f) => [f]))('%s imports only from its own layer, the ones before it and the base', (path) => {
    expect(layerBreaches(path, readFileSync(join(ROOT, path), 'utf8'))).toEqual([]);
  });
});

describe('the layer scan itself', () => {
  it.each([
    ['src/core/x.ts', "import { loadPlan } from '../load/plan.js';", ['src/core imports ../load/plan.js']],
    ['src/core/x.ts', "import type { Row } from '../report/rows.js';", ['src/core imports ../report/rows.js']],
    ['src/core/rules/x.ts', "export { main } from '../../cli/main.js';", ['src/core imports ../../cli/main.js']],
    [
      'src/report/x.ts',
      "import { isAsked } from '../load/actuals/template.js';",
      ['src/report imports ../load/actuals/template.js'],
    ],
    ['src/report/x.ts', "const io = await import('../cli/io.js');", ['src/report imports ../cli/io.js']],
    ['src/load/x.ts', "import { evaluatePlan } from '../core/evaluate.js';", ['src/load imports ../core/evaluate.js']],
    ['src/model.ts', "import type { Row } from './report/rows.js';", ['src/base imports ./report/rows.js']],
    [
      'src/cli/commands/explain.ts',
      "import { missingActuals } from './score.js';",
      ['command explain imports command score'],
    ],
  ])('catches %s: %s', (path, text, expected) => {
    expect(layerBreaches(path, text)).toEqual(expected);
  });
  it.each([
    ['src/report/x.ts', "import { evaluatePlan } from '../core/evaluate.js';"],
    ['src/cli/commands/score.ts', "import { readPlan } from '../load-inputs.js';"],
    ['src/cli/main.ts', "import { runScore } from './commands/score.js';"],
    ['src/load/x.ts', "import { errorText } from '../messages/index.js';"],
    ['src/core/x.ts', "// never import from '../report/rows.js' here"],
  ])('allows %s: %s', (path, text) => {
    expect(layerBreaches(path, text)).toEqual([]);
  });
});
