// Bytes → text for CSV actuals, which clerks save from Excel or WPS: UTF-8 with or without a BOM,
// GB18030/GBK on a Chinese Windows machine (the default "CSV" there), or UTF-16 ("Unicode text").
import { createRequire } from 'node:module';

// iconv-lite and its GB18030 tables are half a megabyte of code: load them only for a file that
// is not UTF-8, so the common case starts fast.
let iconv: typeof import('iconv-lite') | undefined;
function iconvLite(): typeof import('iconv-lite') {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconv;
}
import { errorText } from '../messages/index.js';
import type { Msg } from '../model.js';
import { looksBinary } from './text.js';

/** An encoding kaohe reads. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'gbk' | 'utf-16le' | 'utf-16be';

/** Why bytes could not become text, and on which line (1-based) the trouble is. */
export interface DecodeError {
  code: 'FILE_BINARY' | 'FILE_ENCODING';
  line: number;
  message: Msg;
  hint?: Msg;
}

const NAMES = new Map<string, TextEncoding>([
  ['utf8', 'utf-8'],
  ['gb18030', 'gb18030'],
  ['gbk', 'gbk'],
  ['gb2312', 'gbk'],
  ['cp936', 'gbk'],
  ['utf16le', 'utf-16le'],
  ['utf16be', 'utf-16be'],
  ['utf16', 'utf-16le'],
]);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const laxUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Returns the text of the bytes (BOM removed) and the encoding read, or why they are not text in a known encoding. */
export function decodeText(
  bytes: Uint8Array,
  encoding?: string,
): { text: string; encoding: TextEncoding } | { error: DecodeError } {
  const chosen =
    encoding === undefined
      ? (detectBom(bytes) ?? detectUtf16(bytes))
      : NAMES.get(encoding.toLowerCase().replace(/[-_\s]/g, ''));
  if (encoding !== undefined && chosen === undefined) {
    return {
      error: {
        code: 'FILE_ENCODING',
        line: 1,
        message: errorText('FILE_ENCODING', 'unknown', { encoding }),
        hint: errorText('FILE_ENCODING', 'unknown_hint'),
      },
    };
  }
  if (chosen !== 'utf-16le' && chosen !== 'utf-16be' && looksBinary(bytes)) {
    return {
      error: {
        code: 'FILE_BINARY',
        line: 1,
        message: errorText('FILE_BINARY', 'csv'),
        hint: errorText('FILE_BINARY', 'csv_hint'),
      },
    };
  }
  if (chosen === undefined || chosen === 'utf-8') {
    try {
      return { text: stripEnd(stripBom(strictUtf8.decode(bytes))), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: a CSV saved by Excel or WPS on a Chinese Windows machine is GB18030/GBK; but a UTF-8
      // file with a line pasted from a GBK one is neither, and decoding it all as GB18030 garbles every name.
      const mixed = chosen === undefined ? mixedLines(bytes) : undefined;
      if (mixed !== undefined) return { error: mixed };
      if (chosen === undefined)
        return { text: stripEnd(iconvLite().decode(Buffer.from(bytes), 'gb18030')), encoding: 'gb18030' };
      return {
        error: {
          code: 'FILE_ENCODING',
          line: lineOfFirstInvalid(bytes),
          message: errorText('FILE_ENCODING', 'message'),
          hint: errorText('FILE_ENCODING', 'csv_hint'),
        },
      };
    }
  }
  return { text: stripEnd(stripBom(iconvLite().decode(Buffer.from(bytes), chosen))), encoding: chosen };
}

// DOS editors and some exports end a text file with Ctrl-Z (SUB, 0x1A): it is not a row.
function stripEnd(text: string): string {
  return /\x1a\s*$/.test(text) ? text.replace(/[\x1a\s]+$/, '\n') : text;
}

// UTF-16 saved without a BOM ("Unicode text" from some tools): digits, commas and line breaks have a zero
// byte beside them, on the odd bytes (little-endian) or the even ones (big-endian), and hardly on the others.
function detectUtf16(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // A CJK character has a zero byte once in 256; ASCII in UTF-16 always has one. GB18030 and UTF-8 never do.
  if (oddZeros >= pairs * 0.05 && evenZeros * 10 <= oddZeros) return 'utf-16le';
  if (evenZeros >= pairs * 0.05 && oddZeros * 10 <= evenZeros) return 'utf-16be';
  return undefined;
}

/**
 * Returns the error for a file that is UTF-8 in most lines and not in a few (a note pasted from a GBK file), naming the
 * first such line; undefined when no line is UTF-8 beyond ASCII (then the file is GB18030).
 */
function mixedLines(bytes: Uint8Array): DecodeError | undefined {
  const bad: number[] = [];
  let utf8Lines = 0;
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const body = bytes.subarray(start, end);
    if (body.some((b) => b >= 0x80)) {
      try {
        strictUtf8.decode(body);
        utf8Lines++;
      } catch {
        bad.push(line);
      }
    }
    start = end + 1;
  }
  if (utf8Lines <= bad.length) return undefined;
  const count = bad.length - 1;
  const others = count === 0 ? '' : errorText('FILE_ENCODING', count === 1 ? 'mixed_other' : 'mixed_others', { count });
  return {
    code: 'FILE_ENCODING',
    line: bad[0]!,
    message: errorText('FILE_ENCODING', 'mixed', { line: bad[0]!, lines: utf8Lines, others }),
    hint: errorText('FILE_ENCODING', 'mixed_hint'),
  };
}

function detectBom(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// The lenient decoder marks the first bad byte with U+FFFD; the lines before it are intact.
function lineOfFirstInvalid(bytes: Uint8Array): number {
  const text = laxUtf8.decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(0, bad)).split('\n').length;
}
