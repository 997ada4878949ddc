// Bytes → text for YAML files (plans, YAML actuals), which are UTF-8 by the YAML spec.
import { errorText } from '../messages/index.js';
import type { Diagnostic, Loaded } from '../model.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Returns true when the bytes look like a binary file (a NUL byte in the first 8 KB). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Returns the UTF-8 text of a YAML file (BOM removed), or a diagnostic for an empty, binary or non-UTF-8 file. */
export function decodeYamlText(bytes: Uint8Array, file: string): Loaded<string> {
  const fail = (d: Omit<Diagnostic, 'file' | 'line' | 'col' | 'severity'>): Loaded<string> => ({
    diagnostics: [{ file, line: 1, col: 1, severity: 'error', ...d }],
  });
  if (bytes.length === 0) {
    return fail({
      code: 'FILE_EMPTY',
      message: errorText('FILE_EMPTY', 'message'),
      hint: errorText('FILE_EMPTY', 'hint'),
    });
  }
  if (looksBinary(bytes)) {
    return fail({
      code: 'FILE_BINARY',
      message: errorText('FILE_BINARY', 'message'),
      hint: errorText('FILE_BINARY', 'hint'),
    });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = countLines(bytes, offset);
    return {
      diagnostics: [
        {
          file,
          line,
          col: 1,
          severity: 'error',
          code: 'FILE_ENCODING',
          message: errorText('FILE_ENCODING', 'message'),
          hint: errorText('FILE_ENCODING', 'yaml_hint'),
        },
      ],
    };
  }
  if (text.trim() === '') {
    return fail({ code: 'FILE_EMPTY', message: errorText('FILE_EMPTY', 'white_space') });
  }
  return { value: text, diagnostics: [] };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const lenient = new TextDecoder('utf-8');
  let lo = 0;
  let hi = bytes.length;
  // binary search for the shortest prefix that no longer decodes cleanly
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const ok = !lenient.decode(bytes.subarray(0, mid + 1), { stream: true }).includes('\uFFFD');
    if (ok) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countLines(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
