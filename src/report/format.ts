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

/** Returns how many terminal columns text takes (CJK counts two; ANSI codes count none). */
export function widthOf(text: string): number {
  return stringWidth(text);
}

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
