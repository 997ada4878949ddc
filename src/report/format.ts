// Text helpers shared by the reporters: thousands separators on exact decimal text (never through a
// float), terminal widths that count a CJK character as two columns, and the plan's heading.
import stringWidth from 'string-width';
import { D } from '../decimal.js';
import type { Lang, Result } from '../model.js';
import { label } from './labels.js';

const DECIMAL_TEXT = /^(-?)(\d+)(\.\d+)?$/;

/** Returns decimal text with commas in its integer part ("-18400.25" → "-18,400.25"); other text unchanged. */
export function groupThousands(text: string): string {
  const m = DECIMAL_TEXT.exec(text);
  if (!m) return text;
  const [, sign = '', int = '', frac = ''] = m;
  // groups cut from the left, one pass: a look-ahead regex rescanned the rest of the digits at every position
  const head = int.length % 3 || 3;
  let grouped = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  return sign + grouped + frac;
}

/** Returns true when decimal text is greater than zero (compared exactly). */
export function isPositive(text: string): boolean {
  return DECIMAL_TEXT.test(text) && new D(text).greaterThan(0);
}

// Characters whose width needs no grapheme segmentation: printable ASCII and a few narrow symbols (one
// column each), CJK ideographs, CJK punctuation and full-width forms (two). string-width segments every
// other text with Intl.Segmenter, which costs 7–11 ms to build: a table of Chinese names never builds it.
const NARROW =
  '\\x20-\\x7e\\u00b1\\u00b7\\u00d7\\u2013\\u2014\\u201c\\u201d\\u2026\\u2190-\\u2193\\u2248\\u2264\\u2265';
const BOXES_AND_MARKS = '\\u2500-\\u254b\\u2713\\u2717';
const WIDE = '\\u3000-\\u303e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff01-\\uff60\\uffe0-\\uffe6';
const PLAIN_WIDTH = new RegExp(`^[${NARROW}${BOXES_AND_MARKS}${WIDE}]*$`);
const WIDE_FROM = 0x3000;

/**
 * Returns how many terminal columns text takes (CJK counts two; ANSI codes count none), as string-width counts
 * them (test/report/format.test.ts holds the two together on every character of PLAIN_WIDTH).
 */
export function widthOf(text: string): number {
  if (!PLAIN_WIDTH.test(text)) return stringWidth(text);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += text.charCodeAt(i) >= WIDE_FROM ? 2 : 1;
  return width;
}

/** The characters widthOf measures without string-width, as one string (for the test that compares the two). */
export const PLAIN_WIDTH_PATTERN = PLAIN_WIDTH.source;

/** Returns text padded with spaces to `width` columns: after it, or before it when right-aligned. */
export function padCell(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Returns the plan's heading: title, period, and the --as-of year when there is one. */
export function planHeading(result: Result, lang: Lang): string {
  const { from, to } = result.plan.period;
  const period = from === to ? String(from) : `${from}–${to}`;
  const asOf = result.plan.as_of === undefined ? '' : `, ${label('heading.as_of', lang, { year: result.plan.as_of })}`;
  return `${result.plan.title} (${period}${asOf})`;
}

/** Returns the reporters' blocks joined by blank lines, ending in exactly one newline. */
export function joinBlocks(blocks: string[]): string {
  const text = blocks
    .map((b) => b.replace(/\n+$/, ''))
    .filter((b) => b !== '')
    .join('\n\n');
  return `${text}\n`;
}
