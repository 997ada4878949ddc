// Lines within 120 characters (STYLE.md): the formatter wraps code, but not a long string or comment, so this
// test reads every source line of src/ (the generated validators aside) and names each one over the limit.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourcesUnder } from './helpers/imports.js';

const LIMIT = 120;

/** Returns "path:line (length)" for each line of the text longer than LIMIT characters. */
function longLines(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (line.length > LIMIT ? [`${path}:${i + 1} (${line.length})`] : []));
}

describe('source lines', () => {
  const files = sourcesUnder(join(ROOT, 'src'))
    .map((f) => relative(ROOT, f).replace(/\\/g, '/'))
    .filter((f) => !f.startsWith('src/generated/'));

  it(`keeps every line of src/ within ${LIMIT} characters`, () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => longLines(f, readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('names a line over the limit, and counts characters, not bytes', () => {
    expect(longLines('x.ts', `ok\n${'a'.repeat(121)}\n${'一'.repeat(120)}`)).toEqual(['x.ts:2 (121)']);
  });
});
