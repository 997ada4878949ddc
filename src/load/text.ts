// Bytes → text for YAML files (plans, YAML actuals), which are UTF-8 by the YAML spec.
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
      message: { en: 'the file is empty', zh: '文件为空' },
      hint: { en: 'run kaohe init for a starter plan', zh: '可运行 kaohe init 生成示例方案' },
    });
  }
  if (looksBinary(bytes)) {
    return fail({
      code: 'FILE_BINARY',
      message: { en: 'this is a binary file, not a YAML text file', zh: '这是二进制文件,不是 YAML 文本文件' },
      hint: {
        en: 'plans are YAML text; actuals can be .csv, .yaml or .xlsx',
        zh: '方案为 YAML 文本;实际数据可为 .csv、.yaml 或 .xlsx',
      },
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
          message: { en: 'the file is not valid UTF-8', zh: '文件不是有效的 UTF-8 编码' },
          hint: {
            en: 'save the YAML file as UTF-8 (in WPS/Notepad: Save As → Encoding → UTF-8)',
            zh: '请将 YAML 文件另存为 UTF-8 编码(记事本/WPS:另存为 → 编码 → UTF-8)',
          },
        },
      ],
    };
  }
  if (text.trim() === '') {
    return fail({ code: 'FILE_EMPTY', message: { en: 'the file holds only white space', zh: '文件只有空白字符' } });
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
