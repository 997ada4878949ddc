// Seeded mutations for the fuzzer: the same seed gives the same input everywhere (mulberry32, not Math.random).

/** A seeded source of choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** Returns the random source of one seed (mulberry32). */
export function randomFor(seed: number): Random {
  let state = (seed * 0x9e3779b9) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]!, chance: (p) => next() < p };
}

// What clerks, spreadsheets and attackers put where a value, a name or a key belongs.
const TOKENS = [
  '=HYPERLINK("http://x","y")',
  '-',
  '+',
  '@',
  '=1+1',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '1e-999',
  '0',
  '-0',
  '0.0001',
  '-12400',
  '99999999999999999999999',
  '9'.repeat(45),
  '12,345',
  '1,23',
  '１２３',
  '４.３％',
  '%',
  '万',
  '万人',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '"',
  '""',
  ',',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u3000',
  '\uFEFF',
  '\u0000',
  '\u2212',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '&a [1, 2]',
  '*a',
  '<<: *a',
  '!!js/function',
  '!!binary',
  '- ',
  ': ',
  '{',
  '}',
  '---',
  '...',
  '#',
  '合计',
  '序号',
  '备注',
  '单位',
  '指标',
  '年份',
  '数值',
  '2010',
  '2011',
  '1949',
  '2201',
  '城关区',
  '东城区',
  'urban_new_jobs',
  'unemployment_rate',
  '/dev/zero',
  '../../',
  '\\',
  'true',
  'null',
  '~',
  '<!DOCTYPE x [<!ENTITY y "z">]>',
  'at_least',
  'at_most',
  'approx',
  'growth',
  'every_year',
  'per_person',
  'downgrade',
  '一等',
  '4.35',
  '5.23',
  '\u202e',
  '😀',
  '𠀀',
];

type TextMutation = (text: string, random: Random) => string;

const at = (text: string, random: Random) => random.int(0, text.length);

const TEXT_MUTATIONS: TextMutation[] = [
  // a number replaced by another, or by a token
  (text, random) => {
    const numbers = [...text.matchAll(/-?\d+(\.\d+)?/g)];
    if (numbers.length === 0) return text;
    const m = random.pick(numbers);
    const by = random.chance(0.5) ? random.pick(TOKENS) : String(random.int(-2, 3) * 10 ** random.int(0, 8));
    return text.slice(0, m.index) + by + text.slice(m.index + m[0].length);
  },
  // a token inserted anywhere
  (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + random.pick(TOKENS) + text.slice(i);
  },
  // a span removed
  (text, random) => {
    const i = at(text, random);
    return text.slice(0, i) + text.slice(Math.min(text.length, i + random.int(1, 40)));
  },
  // a line repeated, or two lines swapped
  (text, random) => {
    const lines = text.split('\n');
    const i = random.int(0, lines.length - 1);
    const j = random.int(0, lines.length - 1);
    if (random.chance(0.5)) lines.splice(i, 0, lines[i]!);
    else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n');
  },
  // a short span repeated many times: long cells, deep nesting, wide rows, many rows
  (text, random) => {
    const i = at(text, random);
    const span = text.slice(i, i + random.int(1, 12)) || random.pick(TOKENS);
    return text.slice(0, i) + span.repeat(random.int(2, 400)) + text.slice(i);
  },
  // cut short
  (text, random) => text.slice(0, at(text, random)),
];

/** Returns `text` after one to four seeded mutations. */
export function mutateText(text: string, random: Random): string {
  let out = text;
  for (let n = random.int(1, 4); n > 0; n--) out = random.pick(TEXT_MUTATIONS)(out, random);
  return out;
}

/** Returns a copy of `bytes` with a few bytes overwritten (invalid UTF-8, a broken zip, NUL bytes). */
export function mutateBytes(bytes: Buffer, random: Random): Uint8Array {
  const out = Buffer.from(bytes);
  for (let n = random.int(1, 8); n > 0 && out.length > 0; n--) out[random.int(0, out.length - 1)] = random.int(0, 255);
  return out;
}
