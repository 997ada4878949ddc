// The header label's bracketed unit of measure (城镇新增就业(万人), 城镇新增就业 [单位:人]) is found in one pass from the
// end. It must split exactly as the regex it replaces did, which took 22 s on a 430-byte header of brackets and spaces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBracketed } from '../../../src/load/actuals/header.js';

// The former rule, kept here as the specification: safe on the short texts this test gives it.
const FORMER = /^(.*?)\s*[([]\s*(?:(?:计量)?单位\s*:)?\s*([^()[\]]*?)\s*[)\]]\s*$/u;

describe('splitBracketed', () => {
  it.each([
    ['城镇新增就业(万人)', { name: '城镇新增就业', inner: '万人' }],
    ['城镇新增就业 [ 单位: 人 ]', { name: '城镇新增就业', inner: '人' }],
    ['失业率(计量单位:%)', { name: '失业率', inner: '%' }],
    ['a(b)(c)', { name: 'a(b)', inner: 'c' }],
    ['a(b)c)', undefined],
    ['城镇新增就业', undefined],
  ])('%s', (text, expected) => {
    expect(splitBracketed(text)).toEqual(expected);
  });

  it('splits as the former regex did on any short text of brackets, spaces, colons and words', () => {
    const piece = fc.constantFrom('(', ')', '[', ']', ' ', '\t', ':', 'a', '单位', '计量', '万人', '人');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('').trim();
        const m = FORMER.exec(text);
        expect(splitBracketed(text)).toEqual(m ? { name: m[1], inner: m[2] } : undefined);
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads a 100,000-character header of one bracket and spaces', () => {
    expect(splitBracketed(`(${' '.repeat(100_000)}x`)).toBeUndefined();
    expect(splitBracketed(`a(${' '.repeat(100_000)}人)`)).toEqual({ name: 'a', inner: '人' });
  });
});
