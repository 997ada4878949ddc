// The message catalogue: every error code and label has its text in both languages, with the same placeholders;
// every code has a reproducer in fixtures/errors/ and a golden file of its output.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_GROUPS, ERROR_TEXTS, errorText } from '../../src/messages/index.js';
import { LABELS } from '../../src/messages/labels.js';
import { fill, listOf, placeholdersOf } from '../../src/messages/text.js';
import type { Msg } from '../../src/model.js';
import { codeOf, ROOT, sourcesUnder } from '../helpers/imports.js';

const texts: [string, Msg][] = [
  ...ERROR_CODES.flatMap((code) =>
    Object.entries(ERROR_TEXTS[code] as Record<string, Msg>).map(([name, text]): [string, Msg] => [
      `${code}.${name}`,
      text,
    ]),
  ),
  ...Object.entries(LABELS),
];
const reproducers = readdirSync('fixtures/errors');
// Codes whose reproducer is not a file of their name: a missing file, a failing read, the command line.
const REPRODUCED_BY_ARGUMENTS = new Set([
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_NOT_REGULAR',
  'UNKNOWN_UNIT',
  'ACTUALS_SHEET',
]);
const REPRODUCED_BY_ARGUMENTS_TOO = new Set(['USAGE', 'OUTPUT_IS_INPUT', 'OUTPUT_WRITE']);

describe('the message catalogue', () => {
  it.each(texts)('%s has an English and a Chinese text', (_key, text) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.zh.trim()).not.toBe('');
  });

  // The one exception: ajv's keyword is named in Chinese, where English says "is invalid".
  it.each(texts.filter(([key]) => key !== 'SCHEMA.other_unknown'))(
    '%s uses the same placeholders in both languages',
    (_key, text) => {
      expect(placeholdersOf(text.zh)).toEqual(placeholdersOf(text.en));
    },
  );

  it('defines no code in two groups (a spread would let the second win silently)', () => {
    const counted = ERROR_GROUPS.reduce((n, group) => n + Object.keys(group).length, 0);
    expect(counted).toBe(ERROR_CODES.length);
  });

  it.each(ERROR_CODES.map((code) => [code]))('%s has a reproducer and a golden file', (code) => {
    const own = reproducers.some((name) => name.replace(/\.[a-z]+$/, '') === code);
    expect(own || REPRODUCED_BY_ARGUMENTS.has(code) || REPRODUCED_BY_ARGUMENTS_TOO.has(code)).toBe(true);
    expect(existsSync(`test/golden/errors/${code}.md`)).toBe(true);
  });

  it('fills placeholders in each language, a message var in its own language', () => {
    expect(errorText('PERIOD_ORDER', 'message', { from: 2012, to: 2010 })).toEqual({
      en: 'the period starts (2012) after it ends (2010)',
      zh: '考核期起始年(2012)晚于结束年(2010)',
    });
    expect(errorText('UNKNOWN_GRADE', 'message', { grade: '五等', levels: listOf(['一等', '二等']) })).toEqual({
      en: 'base_grade "五等" is not one of the levels 一等, 二等',
      zh: 'base_grade "五等" 不是等次 一等、二等 之一',
    });
  });

  it('does not fill a placeholder inside a value, and keeps literal braces', () => {
    expect(fill({ en: '{a} {b}', zh: '{a}{b}' }, { a: '{b}', b: 'x' })).toEqual({ en: '{b} x', zh: '{b}x' });
    expect(errorText('NO_GRADES', 'downgrade_hint').en).toBe(
      'add grades: {levels: [一等, 二等, 三等, 四等], thresholds: [90, 75, 60]}',
    );
  });

  it('names a missing placeholder or an unknown text at compile time', () => {
    // @ts-expect-error: PERIOD_ORDER's message needs {from} and {to}.
    expect(errorText('PERIOD_ORDER', 'message').en).toContain('{from}');
    // @ts-expect-error: PERIOD_ORDER has no text named nope.
    expect(() => errorText('PERIOD_ORDER', 'nope')).toThrow();
  });
});

// Wording written where it is raised is what the catalogue replaces: a `zh:` key outside src/messages is a text
// that bypassed it. The two exceptions hold no wording of kaohe's: the Msg type itself, and a schema
// description split into its halves ("中文 / English", written in schemas/).
const BILINGUAL_ALLOWED = new Set(['src/model.ts', 'src/load/validate.ts']);

describe('texts outside the catalogue', () => {
  const files = sourcesUnder(join(ROOT, 'src'))
    .map((f) => relative(ROOT, f).replace(/\\/g, '/'))
    .filter((f) => !f.startsWith('src/messages/') && !f.startsWith('src/generated/') && !BILINGUAL_ALLOWED.has(f));

  it('finds no text in both languages written in src/ outside src/messages', () => {
    const found = files.flatMap((f) =>
      codeOf(readFileSync(join(ROOT, f), 'utf8'))
        .split('\n')
        .flatMap((line, i) => (/\bzh\s*:/.test(line) ? [`${f}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
