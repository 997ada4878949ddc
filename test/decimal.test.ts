import { describe, expect, it } from 'vitest';
import { D, toPlain } from '../src/decimal.js';

describe('D', () => {
  it('keeps 5.23 万 as exactly 52300 persons', () => {
    expect(toPlain(new D('5.23').times(10000))).toBe('52300');
  });
  it('rounds 4.35 at one decimal half-up to 4.4', () => {
    expect(toPlain(new D('4.35').toDecimalPlaces(1))).toBe('4.4');
  });
  it('never prints exponents or negative zero', () => {
    expect(toPlain(new D('0.00000001'))).toBe('0.00000001');
    expect(toPlain(new D('1e30'))).toBe('1000000000000000000000000000000');
    expect(toPlain(new D('-0'))).toBe('0');
  });
});
