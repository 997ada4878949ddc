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

/** Returns an error about a whole file or the command line: it points at the file's first line. */
export function fileError(code: ErrorCode, file: string, message: Msg, hint?: Msg): Diagnostic {
  return { code, severity: 'error', file, line: 1, col: 1, message, ...(hint ? { hint } : {}) };
}

/** Returns the bytes of a file, or a diagnostic saying why it could not be read. */
export async function readInput(ctx: Context, path: string): Promise<Loaded<Uint8Array>> {
  const fail = (code: 'FILE_NOT_FOUND' | 'FILE_IS_DIRECTORY' | 'FILE_UNREADABLE', reason = ''): Loaded<Uint8Array> => ({
    diagnostics: [fileError(code, path, errorText(code, 'message', { path, reason }), errorText(code, 'hint'))],
  });
  const kind = await ctx.io.stat(path);
  if (kind === null) return fail('FILE_NOT_FOUND');
  if (kind === 'directory') return fail('FILE_IS_DIRECTORY');
  try {
    return { value: await ctx.io.readFile(path), diagnostics: [] };
  } catch (error) {
    return fail('FILE_UNREADABLE', (error as NodeJS.ErrnoException).code ?? 'error');
  }
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
