// A plain figure read from its digits (issue #16): the same value, to the digit word, and the same plain text as
// parseDecimalText and toPlain give it; and readFigureText as the general reading (readValueText, then toPlain) for
// every kind of unit conversion.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/decimal.js';
import { readFigureText, readValueText } from '../../src/load/actuals/value.js';
import { parseDecimalText, plainFigure } from '../../src/load/number.js';
import { makeIndicator } from './actuals/make-plan.js';

const texts = fc.oneof(
  fc.stringMatching(/^[0-9]{1,16}$/),
  fc.stringMatching(/^[0-9]{0,8}\.[0-9]{0,8}$/),
  fc.stringMatching(/^0{0,4}[0-9]{0,4}(\.[0-9]{0,3}0{0,4})?$/),
  fc.stringMatching(/^[-+ 0-9.,%万a]{0,8}$/),
  fc.constantFrom(
    '',
    '.',
    '5.',
    '.5',
    '0',
    '00',
    '0.000',
    '000.0100',
    '１２',
    '1e5',
    '123456789012345',
    '1234567890123456',
  ),
);

// What decimal.js holds of a value: sign, exponent, digit words.
const parts = (v: { s: number; e: number; d: number[] | null }) => ({ s: v.s, e: v.e, d: v.d });

describe('plainFigure', () => {
  it('gives exactly what parseDecimalText and toPlain give, where it gives anything', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const quick = plainFigure(text);
        if (quick === undefined) return;
        const slow = parseDecimalText(text);
        expect(slow !== null && 'value' in slow && !slow.percent && !slow.wan).toBe(true);
        if (slow === null || !('value' in slow)) return;
        expect(parts(quick.value)).toEqual(parts(slow.value));
        expect(quick.plain).toBe(toPlain(slow.value));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads the usual figures and leaves the rest', () => {
    expect(['5815', '0042', '4.30', '.5', '0.000', '10.50'].map((t) => plainFigure(t)?.plain)).toEqual([
      '5815',
      '42',
      '4.3',
      '0.5',
      '0',
      '10.5',
    ]);
    for (const t of ['', '.', '5.', '1.2.3', '-5', ' 5', '1,234', '4.3%', '1234567890123456'])
      expect(plainFigure(t)).toBeUndefined();
  });
});

describe('readFigureText', () => {
  const indicators = [
    makeIndicator('a', 'a', '万人'),
    makeIndicator('b', 'b', '%'),
    makeIndicator('c', 'c', '人'),
    makeIndicator('d', 'd', '万元'),
  ];
  const written = [undefined, '人', '万人', '元', '万元', '%', '户', 'kg'];
  it('is readValueText with toPlain beside its value, for every indicator and unit written in', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...indicators), fc.constantFrom(...written), (text, indicator, writtenIn) => {
        const slow = readValueText(text, indicator, writtenIn);
        const fast = readFigureText(text, indicator, writtenIn);
        if ('code' in slow || slow.value === null) {
          expect(fast).toEqual(slow);
          return;
        }
        if ('code' in fast || fast.value === null) throw new Error(`${text}: ${JSON.stringify(fast)}`);
        expect(parts(fast.value)).toEqual(parts(slow.value));
        expect(fast.text).toBe(toPlain(slow.value));
      }),
      { numRuns: 5000 },
    );
  });
});
