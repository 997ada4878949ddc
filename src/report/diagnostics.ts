// Diagnostics for people (hledger-style: position, message, the source line, a caret, a hint)
// and for machines (JSON). Pure: the caller passes the text of each file it read.
import { Chalk } from 'chalk';
import { getOrInsert } from '../collections.js';
import { label, labelText } from '../messages/index.js';
import { groupThousands, widthOf } from './format.js';
import type { Diagnostic, Lang } from '../model.js';
import { formatSource } from '../source.js';

/** How to print diagnostics. */
export interface DiagnosticOptions {
  lang: Lang;
  color: boolean;
  /** The text of each file read, by path as given, for the source line under a message. */
  sources?: ReadonlyMap<string, string>;
}

/** Returns the diagnostics ordered by file (first-seen order), then line, then column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.file)) fileOrder.set(d.file, fileOrder.size);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.d.file)! - fileOrder.get(b.d.file)! || a.d.line - b.d.line || a.d.col - b.d.col || a.i - b.i,
    )
    .map(({ d }) => d);
}

// Mistakes about a whole file or the command line: the first line of a file says nothing about them.
const WHOLE_FILE = /^(FILE_|OUTPUT_|USAGE$)/;

/** How many diagnostics of one file are printed for a person; the rest are counted in one line. */
export const SHOWN_PER_FILE = 50;

/**
 * Returns the diagnostics rendered for a terminal, each followed by its source line, caret and hint: the first
 * SHOWN_PER_FILE of each file, then a line saying how many more that file has. Linear in the diagnostics and the
 * text: each file's lines are split once.
 */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: DiagnosticOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines = new Map<string, string[] | undefined>();
  const linesOf = (file: string) => getOrInsert(lines, file, () => options.sources?.get(file)?.split(/\r?\n/));
  const parts: string[] = [];
  const sorted = sortDiagnostics(diagnostics);
  for (let i = 0, shown = 0; i < sorted.length; i++) {
    const d = sorted[i]!;
    shown = i > 0 && sorted[i - 1]!.file === d.file ? shown + 1 : 1;
    if (shown > SHOWN_PER_FILE) {
      let end = i;
      while (end < sorted.length && sorted[end]!.file === d.file) end++;
      parts.push(c.dim(moreLine(d.file, end - i, options.lang)));
      i = end - 1;
      continue;
    }
    const severity =
      d.severity === 'error'
        ? c.red.bold(label('severity.error', options.lang))
        : c.yellow.bold(label('severity.warning', options.lang));
    parts.push(`${c.bold(formatSource(d))}: ${severity} ${d.code}: ${d.message[options.lang]}\n`);
    const line = d.cell || WHOLE_FILE.test(d.code) ? undefined : linesOf(d.file)?.[d.line - 1];
    if (line !== undefined && line.length < 500) {
      const gutter = String(d.line);
      const pad = ' '.repeat(gutter.length);
      const before = line.slice(0, d.col - 1);
      const marked = line.slice(d.col - 1, d.col - 1 + (d.length ?? 1));
      parts.push(`${c.dim(`${gutter} |`)} ${line}\n`);
      const caret = c.red('^'.repeat(Math.max(1, widthOf(marked))));
      parts.push(`${c.dim(`${pad} |`)} ${' '.repeat(widthOf(before))}${caret}\n`);
    }
    if (d.hint) parts.push(`${c.cyan(label('word.hint', options.lang))}: ${d.hint[options.lang]}\n`);
  }
  return parts.join('');
}

// The line that stands for a file's diagnostics beyond the first SHOWN_PER_FILE.
function moreLine(file: string, more: number, lang: Lang): string {
  return `${label('diagnostics.more', lang, { file, count: groupThousands(String(more)) })}\n`;
}

/** Returns a one-line summary of a run's errors and warnings. */
export function renderSummary(diagnostics: readonly Diagnostic[], lang: Lang): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const vars = {
    errors,
    warnings,
    error_word: labelText(errors === 1 ? 'summary.error' : 'summary.errors'),
    warning_word: labelText(warnings === 1 ? 'summary.warning' : 'summary.warnings'),
  };
  return `${label('summary.counts', lang, vars)}\n`;
}

/** Returns the diagnostics as JSON for machines: stable keys, messages in the chosen language. */
export function renderDiagnosticsJson(
  files: readonly { path: string; valid: boolean }[],
  diagnostics: readonly Diagnostic[],
  lang: Lang,
): string {
  const list = sortDiagnostics(diagnostics).map((d) => ({
    file: d.file,
    line: d.line,
    col: d.col,
    ...(d.cell ? { cell: d.cell } : {}),
    severity: d.severity,
    code: d.code,
    message: d.message[lang],
    ...(d.hint ? { hint: d.hint[lang] } : {}),
  }));
  return `${JSON.stringify({ kaohe: 1, valid: files.every((f) => f.valid), files, diagnostics: list }, null, 2)}\n`;
}
