import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decode.js';

const text = '单位,城镇新增就业(人)\n城关区,"6,184"\n';
const utf8 = new TextEncoder().encode(text);
const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
const gb = new Uint8Array(iconv.encode(text, 'gb18030'));
const utf16 = new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));

describe('decodeText', () => {
  it.each([
    ['UTF-8 without a BOM', utf8, undefined, 'utf-8'],
    ['UTF-8 with a BOM, which it removes', bom, undefined, 'utf-8'],
    ['GB18030 (invalid as UTF-8)', gb, undefined, 'gb18030'],
    ['GBK when told so', gb, 'GBK', 'gbk'],
    ['GB18030 when told gb-18030', gb, 'gb-18030', 'gb18030'],
    ['UTF-16LE with a BOM (Excel "Unicode text")', utf16, undefined, 'utf-16le'],
    ['UTF-8 when told utf-8', bom, 'utf-8', 'utf-8'],
  ])('reads %s', (_name, bytes, encoding, expected) => {
    expect(decodeText(bytes, encoding)).toEqual({ text, encoding: expected });
  });

  it.each([
    ['a NUL byte in the first 8 KB', Uint8Array.from([0x61, 0x00, 0x62]), undefined, 'FILE_BINARY', 1],
    // 单位 on line 1 is the first non-ASCII text: its GB bytes are invalid UTF-8.
    ['GB18030 bytes read as UTF-8 on request', gb, 'utf8', 'FILE_ENCODING', 1],
    ['an unknown encoding name', utf8, 'latin9', 'FILE_ENCODING', 1],
  ])('refuses %s', (_name, bytes, encoding, code, line) => {
    const decoded = decodeText(bytes, encoding);
    expect('error' in decoded ? [decoded.error.code, decoded.error.line] : decoded).toEqual([code, line]);
  });

  it('names the line of the first byte that is not UTF-8', () => {
    // Lines 1 and 2 are ASCII; 东城区 on line 3 is GB18030.
    const bytes = new Uint8Array(iconv.encode('unit,value\nx,1\n东城区,2\n', 'gb18030'));
    const decoded = decodeText(bytes, 'utf8');
    expect('error' in decoded ? decoded.error.line : decoded).toBe(3);
  });
});
