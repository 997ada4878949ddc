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
  const chosen = encoding === undefined ? detectBom(bytes) : NAMES.get(encoding.toLowerCase().replace(/[-_\s]/g, ''));
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
      return { text: stripBom(strictUtf8.decode(bytes)), encoding: 'utf-8' };
    } catch {
      // Not UTF-8: a CSV saved by Excel or WPS on a Chinese Windows machine is GB18030/GBK.
      if (chosen === undefined) return { text: iconvLite().decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
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
  return { text: stripBom(iconvLite().decode(Buffer.from(bytes), chosen)), encoding: chosen };
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
