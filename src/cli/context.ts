// What every command gets: the Io, the language and colour chosen, and helpers to read inputs
// into diagnostics instead of exceptions.
import { errorText } from '../messages/index.js';
import type { Diagnostic, ErrorCode, Lang, Loaded, Msg } from '../model.js';
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
 * Exit codes: 0 scored/valid; 1 scored and --fail-on matched (or diff found changes); 2 bad input or usage; 3 internal
 * error.
 */
export const EXIT = { ok: 0, failOn: 1, badInput: 2, internal: 3 } as const;

/** Returns an error about a whole file or the command line: it points at the file's first line. */
export function fileError(code: ErrorCode, file: string, message: Msg, hint?: Msg): Diagnostic {
  return { code, severity: 'error', file, line: 1, col: 1, message, ...(hint ? { hint } : {}) };
}

/**
 * Returns the bytes of a regular file, or a diagnostic saying why it could not be read: FILE_NOT_FOUND,
 * FILE_IS_DIRECTORY, FILE_NOT_REGULAR, FILE_TOO_LARGE (over io.maxInputBytes) or FILE_UNREADABLE.
 */
export async function readInput(ctx: Context, path: string): Promise<Loaded<Uint8Array>> {
  type Code = 'FILE_NOT_FOUND' | 'FILE_IS_DIRECTORY' | 'FILE_NOT_REGULAR' | 'FILE_TOO_LARGE' | 'FILE_UNREADABLE';
  const fail = (code: Code, reason = '', size = ''): Loaded<Uint8Array> => ({
    diagnostics: [fileError(code, path, errorText(code, 'message', { path, reason, size }), errorText(code, 'hint'))],
  });
  const kind = await ctx.io.stat(path);
  if (kind === null) return fail('FILE_NOT_FOUND');
  if (kind === 'directory') return fail('FILE_IS_DIRECTORY');
  if (kind === 'other') return fail('FILE_NOT_REGULAR');
  try {
    return { value: await ctx.io.readFile(path), diagnostics: [] };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    if (reason === 'ENOTREG') return fail('FILE_NOT_REGULAR');
    if (reason === 'EFBIG') return fail('FILE_TOO_LARGE', '', sizeText(ctx.io.maxInputBytes));
    return fail('FILE_UNREADABLE', reason);
  }
}

// A size in MB when it is whole megabytes, else in bytes.
function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`;
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
