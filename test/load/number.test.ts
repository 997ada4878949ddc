import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, toPlain } from '../../src/decimal.js';
import type { MeasureUnit } from '../../src/model.js';
import { convertQuantity, measureOf, parseDecimalText } from '../../src/load/number.js';

// Every expected value is the digits of the text with separators removed and full-width forms read
// as their ASCII twins; the suffix is reported apart, not applied.
describe('parseDecimalText accepts', () => {
  it.each([
    ['12,345', '12345', false, false],
    ['１２，３４５', '12345', false, false],
    ['１２，３４５．６', '12345.6', false, false],
    ['1,234,567.89', '1234567.89', false, false],
    ['4.3%', '4.3', true, false],
    ['4.3％', '4.3', true, false],
    ['4.3 %', '4.3', true, false],
    ['12.5万', '12.5', false, true],
    [' 7 ', '7', false, false],
    ['\u30007\u3000', '7', false, false],
    ['-5', '-5', false, false],
    ['\u22125', '-5', false, false],
    ['－３', '-3', false, false],
    ['+5', '5', false, false],
    ['0.1', '0.1', false, false],
    ['.5', '0.5', false, false],
    ['12345678901234567890', '12345678901234567890', false, false],
  ])('%j as %s (percent %s, 万 %s)', (text, value, percent, wan) => {
    const parsed = parseDecimalText(text);
    expect(parsed).not.toBeNull();
    expect(parsed && 'value' in parsed ? [toPlain(parsed.value), parsed.percent, parsed.wan] : parsed).toEqual([
      value,
      percent,
      wan,
    ]);
  });
});

describe('parseDecimalText', () => {
  it.each(['', '   ', '\u3000'])('reads the blank text %j as missing (null), not 0', (text) => {
    expect(parseDecimalText(text)).toBeNull();
  });

  it.each([
    ['1,23', 'three digits'],
    ['4,3', 'not a decimal point'],
    ['12abc', 'unexpected text "abc"'],
    ['12 345', 'unexpected text "345"'],
    ['abc', 'not a decimal number'],
    ['NaN', '"NaN" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['1e5', 'exponent notation'],
    ['1.5E+3', 'exponent notation'],
    ['12.', 'followed by digits'],
    ['%', 'not a decimal number'],
    ['一万', 'not a decimal number'],
  ])('rejects %j saying why (%s)', (text, why) => {
    const parsed = parseDecimalText(text);
    expect(parsed !== null && 'error' in parsed ? parsed.error.en : parsed).toContain(why);
  });
});

describe('convertQuantity', () => {
  // value = written value × size of the written unit (or × 10000 for a 万 suffix) ÷ size of the indicator's unit.
  it.each([
    ['12.5万', '人', undefined, '125000'], // 12.5 × 10000
    ['5.23万', '人', undefined, '52300'], // 5.23 × 10000, exactly
    ['5.23万', '万人', undefined, '5.23'], // 52300 persons ÷ 10000
    ['52300', '万人', '人', '5.23'], // a (人) column of a 万人 indicator
    ['52,300', '万人', '名', '5.23'], // 名 = 人
    ['5.23', '人', '万人', '52300'], // a (万人) column of a 人 indicator
    ['1', '万人', '人', '0.0001'], // one person
    ['1.5万', '人次', '万人次', '15000'], // 万 counts base units whatever the column says
    ['300', '万元', '元', '0.03'], // 300 ÷ 10000
    ['4.3%', '%', undefined, '4.3'],
    ['4.3', '%', undefined, '4.3'],
    ['6184', '人', undefined, '6184'],
  ])('%s in a %s indicator (column unit %s) is %s', (text, unit, written, expected) => {
    const parsed = parseDecimalText(text);
    if (parsed === null || 'error' in parsed) throw new Error(`unparsed ${text}`);
    const converted = convertQuantity(parsed, unit as MeasureUnit, written);
    expect('value' in converted ? toPlain(converted.value) : converted.error.en).toBe(expected);
  });

  it.each([
    ['4.3%', '人', undefined, 'a percentage cannot be a value in 人'],
    ['5', '人', '%', 'a value in % cannot be converted to 人'],
    ['5', '%', '人', 'a value in 人 cannot be converted to %'],
    ['5', '人', '元', 'a value in 元 cannot be converted to 人'],
    ['1万', '%', undefined, 'a 万 suffix cannot apply to a percentage'],
    ['5', '人', '斤', 'unknown unit of measure "斤"'],
  ])('refuses %s in a %s indicator (column unit %s)', (text, unit, written, why) => {
    const parsed = parseDecimalText(text);
    if (parsed === null || 'error' in parsed) throw new Error(`unparsed ${text}`);
    const converted = convertQuantity(parsed, unit as MeasureUnit, written);
    expect('error' in converted ? converted.error.en : toPlain(converted.value)).toContain(why);
  });
});

describe('measureOf', () => {
  it.each([
    ['人', 'persons', '1'],
    ['名', 'persons', '1'],
    ['万人', 'persons', '10000'],
    ['万户', 'households', '10000'],
    ['％', 'percent', '1'],
    ['万元', 'yuan', '10000'],
  ])('reads %s as %s × %s', (unit, family, scale) => {
    const m = measureOf(unit);
    expect(m && [m.family, toPlain(m.scale)]).toEqual([family, scale]);
  });
});

// The text of a decimal written with random thousands grouping, full-width characters and padding
// must read back as exactly the Decimal of its plain digits.
describe('parseDecimalText digit cap', () => {
  it('reads 40 digits exactly (a 21-digit integer part and a 19-digit fraction)', () => {
    const text = '123456789012345678901.1234567890123456789';
    const parsed = parseDecimalText(text);
    expect(parsed !== null && 'value' in parsed && parsed.value.equals(new D(text))).toBe(true);
  });

  it.each([
    ['41 digits', '1'.repeat(41)],
    ['41 digits grouped', groupBy3('1'.repeat(41))],
    ['41 digits, 40 after the point', `1.${'0'.repeat(40)}`],
    // a cell of 100,000 digits used to take minutes: refused without reading it as a number
    ['100,000 digits', '9'.repeat(100_000)],
  ])('refuses %s', (_, text) => {
    const parsed = parseDecimalText(text);
    expect(parsed !== null && 'error' in parsed ? parsed.error.en : parsed).toBe('a value has at most 40 digits');
  });
});

function groupBy3(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

describe('parseDecimalText (property)', () => {
  const fullWidth = (c: string) => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
  const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  it('reads any grouped, full-width, padded decimal as its plain digits', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[1-9]\d{0,24}$/),
        fc.option(fc.stringMatching(/^\d{1,12}$/)),
        fc.boolean(),
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        fc.constantFrom('', ' ', '\u3000'),
        (negative, int, frac, grouped, wide, pad) => {
          const plain = `${negative ? '-' : ''}${int}${frac === null ? '' : `.${frac}`}`;
          const written = `${negative ? '-' : ''}${grouped ? group(int) : int}${frac === null ? '' : `.${frac}`}`;
          const text = pad + [...written].map((c, i) => (wide[i % 60] ? fullWidth(c) : c)).join('') + pad;
          const parsed = parseDecimalText(text);
          expect(parsed !== null && 'value' in parsed && parsed.value.equals(new D(plain))).toBe(true);
        },
      ),
    );
  });
});
