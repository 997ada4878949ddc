// src/core is pure arithmetic: it imports only the model, decimal, suggest, collections, source (the one
// formatter of a position, pure text) and itself, and reads no clock, environment, process or file. This test
// scans the sources and fails on a breach.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const core = join(root, 'src/core');
const ALLOWED = new Set(['src/model.ts', 'src/decimal.ts', 'src/suggest.ts', 'src/collections.ts', 'src/source.ts']);
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

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Returns the breaches in one core file's text: imports from outside the allowed set and impure globals. */
function breachesOf(file: string, text: string): string[] {
  const breaches: string[] = [];
  // Comments may mention anything; code may not.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const match of code.matchAll(
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g,
  )) {
    const specifier = match[1] ?? match[2] ?? '';
    const target = specifier.startsWith('.')
      ? relative(root, resolve(dirname(file), specifier))
          .replace(/\\/g, '/')
          .replace(/\.js$/, '.ts')
      : specifier;
    if (!target.startsWith('src/core/') && !ALLOWED.has(target)) breaches.push(`imports ${specifier}`);
  }
  for (const pattern of FORBIDDEN) if (pattern.test(code)) breaches.push(`uses ${pattern.source}`);
  return breaches;
}

describe('src/core purity', () => {
  const files = sourcesUnder(core);
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
  ])('catches %s', (_name, text, expected) => {
    expect(breachesOf(file, text)).toEqual(expected);
  });
  it.each([
    ['the model', "import type { Plan } from '../model.js';"],
    ['decimal', "import { D } from '../decimal.js';"],
    ['suggest', "import { closest } from '../suggest.js';"],
    ['another core file', "import { ruleOf } from './rules/index.js';"],
    ['a mention in a comment', "// never process.env here; import from 'node:fs' is not allowed"],
  ])('allows %s', (_name, text) => {
    expect(breachesOf(file, text)).toEqual([]);
  });
});
