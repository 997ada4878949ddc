// What every command gets: the Io, the language and colour chosen, and helpers to read inputs
// into diagnostics instead of exceptions.
import type { Diagnostic, Lang, Loaded } from '../model.js';
import { renderDiagnostics, renderSummary } from '../report/diagnostics.js';
import type { Io } from './io.js';

/** The per-run settings of a command. */
export interface Context {
  io: Io;
  lang: Lang;
  /** Colour for stderr messages. */
  color: boolean;
  /** Colour for stdout data (only when stdout itself is a terminal). */
  colorOut: boolean;
  debug: boolean;
  version: string;
  /** The text of every file read, for source lines under diagnostics. */
  sources: Map<string, string>;
}

/**
 * Returns the bytes of a regular file, or a diagnostic saying why it could not be read: FILE_NOT_FOUND,
 * FILE_IS_DIRECTORY, FILE_NOT_REGULAR, FILE_TOO_LARGE (over io.maxInputBytes) or FILE_UNREADABLE.
 */
export async function readInput(ctx: Context, path: string): Promise<Loaded<Uint8Array>> {
  const fail = (code: Diagnostic['code'], en: string, zh: string, hint?: Diagnostic['hint']): Loaded<Uint8Array> => ({
    diagnostics: [
      { code, severity: 'error', file: path, line: 1, col: 1, message: { en, zh }, ...(hint ? { hint } : {}) },
    ],
  });
  const kind = await ctx.io.stat(path);
  if (kind === null)
    return fail('FILE_NOT_FOUND', `no such file: ${path}`, `文件不存在:${path}`, {
      en: 'check the path and the current directory',
      zh: '请检查路径和当前目录',
    });
  if (kind === 'directory')
    return fail('FILE_IS_DIRECTORY', `${path} is a directory, not a file`, `${path} 是目录,不是文件`, {
      en: 'name a file inside it',
      zh: '请指定目录中的文件',
    });
  if (kind === 'other') return notRegular(path);
  try {
    return { value: await ctx.io.readFile(path), diagnostics: [] };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    if (reason === 'ENOTREG') return notRegular(path);
    if (reason === 'EFBIG') {
      const cap = sizeText(ctx.io.maxInputBytes);
      return fail('FILE_TOO_LARGE', `${path} is larger than ${cap}`, `${path} 超过 ${cap}`, {
        en: 'an actuals sheet or plan is kilobytes: check that this is the file you meant',
        zh: '实际数据表或方案文件通常只有几 KB:请确认文件是否选对',
      });
    }
    return fail('FILE_UNREADABLE', `cannot read ${path} (${reason})`, `无法读取 ${path}(${reason})`, {
      en: 'check the file permissions',
      zh: '请检查文件权限',
    });
  }
}

// A size in MB when it is whole megabytes, else in bytes.
function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
}

// A device (/dev/zero), FIFO or socket: refused before anything is read, so nothing grows without end or waits.
function notRegular(path: string): Loaded<Uint8Array> {
  return {
    diagnostics: [
      {
        code: 'FILE_NOT_REGULAR',
        severity: 'error',
        file: path,
        line: 1,
        col: 1,
        message: {
          en: `${path} is not a regular file (a device, FIFO or socket)`,
          zh: `${path} 不是普通文件(是设备、管道或套接字)`,
        },
        hint: { en: 'save the data to a file and name that file', zh: '请先将数据保存为文件,再指定该文件' },
      },
    ],
  };
}

/** Writes diagnostics (and a summary when there are errors) to stderr. */
export function reportDiagnostics(ctx: Context, all: readonly Diagnostic[]): void {
  // the same file read twice in one run (diff A A, one CSV for two plans) says the same thing twice
  const seen = new Set<string>();
  const diagnostics = all.filter((d) => {
    const key = JSON.stringify([d.file, d.line, d.col, d.cell, d.code, d.message.en]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (diagnostics.length === 0) return;
  ctx.io.stderr.write(renderDiagnostics(diagnostics, { lang: ctx.lang, color: ctx.color, sources: ctx.sources }));
  if (diagnostics.some((d) => d.severity === 'error')) ctx.io.stderr.write(renderSummary(diagnostics, ctx.lang));
}

/** Returns true when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
