// src/core is pure arithmetic: it imports only the model, decimal, suggest, collections, source (the one
// formatter of a position, pure text) and itself, and reads no clock, environment, process or file. This test
// scans the sources and fails on a breach.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, importsOf, ROOT as root, sourcesUnder } from '../helpers/imports.js';

const core = join(root, 'src/core');
const ALLOWED = new Set(['src/model.ts', 'src/decimal.ts', 'src/suggest.ts', 'src/collections.ts', 'src/source.ts']);
// The core may name the message catalogue's types (phrase ids), never call it: words are src/report's.
const TYPES_ONLY = 'src/messages/index.ts';
// What would make the core impure even without an import.
const FORBIDDEN = [
  /\bprocess\s*[.[]/,
  /\bnew\s+Date\b|\bDate\s*\./,
  /\bMath\.random\b/,
  /\bperformance\s*\./,
  /\bglobalThis\b/,
  /\brequire\s*\(/,
  /\bimport\s*\(/,
  /\bimport\.meta\b/,
  /\bconsole\s*\./,
  /\bparseFloat\s*\(/,
];

/** Returns the breaches in one core file's text: imports from outside the allowed set and impure globals. */
function breachesOf(file: string, text: string): string[] {
  const breaches: string[] = [];
  for (const { specifier, target, typeOnly } of importsOf(file, text)) {
    // The catalogue's types only: a step names a phrase id the compiler checks, and src/report words it.
    if (typeOnly && target === TYPES_ONLY) continue;
    // src/rules holds the rule types' homes, which the loader reads too; it is scanned here as the core is.
    if (!target.startsWith('src/core/') && !target.startsWith('src/rules/') && !ALLOWED.has(target))
      breaches.push(`imports ${specifier}`);
  }
  const code = codeOf(text);
  for (const pattern of FORBIDDEN) if (pattern.test(code)) breaches.push(`uses ${pattern.source}`);
  return breaches;
}

describe('src/core purity', () => {
  const files = [...sourcesUnder(core), ...sourcesUnder(join(root, 'src/rules'))];
  it('finds the core sources to scan', () => {
    expect(files.map((f) => relative(root, f))).toContain(join('src', 'core', 'evaluate.ts'));
  });
  it.each(files.map((f) => [relative(root, f), f]))(
    '%s imports only the model, decimal, suggest, collections, source and the core, and touches no process, clock or env',
    (_name, file) => {
      expect(breachesOf(file, readFileSync(file, 'utf8'))).toEqual([]);
    },
  );
});

describe('the purity scan itself', () => {
  const file = join(core, 'x.ts');
  it.each([
    ['a node built-in', "import { readFileSync } from 'node:fs';", ['imports node:fs']],
    ['yaml', "import { parse } from 'yaml';", ['imports yaml']],
    ['a type-only import of ajv', "import type Ajv from 'ajv';", ['imports ajv']],
    ['a file of another step', "import { renderTable } from '../report/table.js';", ['imports ../report/table.js']],
    ['a bare side-effect import', "import 'chalk';", ['imports chalk']],
    ['a re-export', "export { x } from '../cli/main.js';", ['imports ../cli/main.js']],
    ['the environment', 'const lang = process.env.LANG;', ['uses \\bprocess\\s*[.[]']],
    ['the clock', 'const year = new Date().getFullYear();', ['uses \\bnew\\s+Date\\b|\\bDate\\s*\\.']],
    ['a float parse', "const x = parseFloat('4.3');", ['uses \\bparseFloat\\s*\\(']],
    ['a value of the catalogue', "import { labelText } from '../messages/index.js';", ['imports ../messages/index.js']],
  ])('catches %s', (_name, text, expected) => {
    expect(breachesOf(file, text)).toEqual(expected);
  });
  it.each([
    ['the model', "import type { Plan } from '../model.js';"],
    ['decimal', "import { D } from '../decimal.js';"],
    ['suggest', "import { closest } from '../suggest.js';"],
    ['another core file', "import { ruleOf } from './rules/index.js';"],
    ["the catalogue's types", "import type { Phrase } from '../messages/index.js';"],
    ['a mention in a comment', "// never process.env here; import from 'node:fs' is not allowed"],
  ])('allows %s', (_name, text) => {
    expect(breachesOf(file, text)).toEqual([]);
  });
});
