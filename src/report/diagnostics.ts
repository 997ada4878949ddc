// Diagnostics for people (hledger-style: position, message, the source line, a caret, a hint)
// and for machines (JSON). Pure: the caller passes the text of each file it read.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { label, labelText } from '../messages/index.js';
import type { Diagnostic, Lang } from '../model.js';

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

/** Returns where a diagnostic points: `file:line:col`, or `file:Sheet!C12` for a spreadsheet cell. */
export function formatPosition(d: Pick<Diagnostic, 'file' | 'line' | 'col' | 'cell'>): string {
  return d.cell ? `${d.file}:${d.cell}` : `${d.file}:${d.line}:${d.col}`;
}

/** Returns every diagnostic rendered for a terminal, each followed by its source line, caret and hint. */
export function renderDiagnostics(diagnostics: readonly Diagnostic[], options: DiagnosticOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const zh = options.lang === 'zh';
  let out = '';
  for (const d of sortDiagnostics(diagnostics)) {
    const severity =
      d.severity === 'error'
        ? c.red.bold(label('severity.error', options.lang))
        : c.yellow.bold(label('severity.warning', options.lang));
    out += `${c.bold(formatPosition(d))}: ${severity} ${d.code}: ${zh ? d.message.zh : d.message.en}\n`;
    const text = d.cell || WHOLE_FILE.test(d.code) ? undefined : options.sources?.get(d.file);
    const line = text?.split(/\r?\n/)[d.line - 1];
    if (line !== undefined && line.length < 500) {
      const gutter = String(d.line);
      const pad = ' '.repeat(gutter.length);
      const before = line.slice(0, d.col - 1);
      const marked = line.slice(d.col - 1, d.col - 1 + (d.length ?? 1));
      out += `${c.dim(`${gutter} |`)} ${line}\n`;
      const caret = c.red('^'.repeat(Math.max(1, stringWidth(marked))));
      out += `${c.dim(`${pad} |`)} ${' '.repeat(stringWidth(before))}${caret}\n`;
    }
    if (d.hint) out += `${c.cyan(label('word.hint', options.lang))}: ${zh ? d.hint.zh : d.hint.en}\n`;
  }
  return out;
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
    message: lang === 'zh' ? d.message.zh : d.message.en,
    ...(d.hint ? { hint: lang === 'zh' ? d.hint.zh : d.hint.en } : {}),
  }));
  return `${JSON.stringify({ kaohe: 1, valid: files.every((f) => f.valid), files, diagnostics: list }, null, 2)}\n`;
}
