// The registry of `score` output formats: one reporter for each format of formats.ts, whose keys feed
// commander's .choices(), so a format is offered on the command line exactly when it has a reporter here.
import type { Diagnostic, Lang, Result } from '../model.js';
import { renderCsv } from './csv.js';
import { renderGithub } from './github.js';
import { renderJunit } from './junit.js';
import type { LazyScoreFormat, ScoreFormat } from './formats.js';
import { renderJson, renderJsonLines } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** How to render: the language of labels, whether to colour, and (CSV) whether to start with a BOM for Excel. */
export interface RenderOptions {
  lang: Lang;
  color: boolean;
  bom?: boolean;
  /** The terminal's width in columns (table): a wider grid is drawn compact; undefined draws it whole. */
  width?: number;
  /** Draw the table's full grid whatever the width (`--wide`). */
  wide?: boolean;
  /** The run's errors and warnings, for the formats that carry them (junit, github). */
  diagnostics?: readonly Diagnostic[];
}

// One list of format names: formats.ts (which the command line reads for .choices() without loading the
// reporters); the Record below fails to compile if a format there has no reporter here, or the reverse.
export type { ScoreFormat };

/** A pure function from the results of one run to the text to print; the text ends in "\n". */
export type ScoreReporter = (results: Result[], opts: RenderOptions) => string;

/** Registry: keys feed commander's .choices(). */
export const scoreReporters: Record<ScoreFormat, ScoreReporter> = {
  table: renderTable,
  csv: renderCsv,
  json: renderJson,
  jsonl: renderJsonLines,
  markdown: renderMarkdown,
  junit: (results, opts) => renderJunit(results, opts.diagnostics ?? [], opts),
  github: (results, opts) => renderGithub(results, opts.diagnostics ?? [], opts),
};

/** Registry of the reporters imported only when their format is chosen: each resolves to the reporter. */
export const lazyScoreReporters: Record<LazyScoreFormat, () => Promise<ScoreReporter>> = {
  // ECharts is imported with the HTML report, so no other format pays for it at start-up.
  html: async () => (await import('./html.js')).renderHtml,
};

/** Returns the names of the score formats, in the registry's order (the default, table, first). */
export function listScoreFormats(): ScoreFormat[] {
  return Object.keys(scoreReporters) as ScoreFormat[];
}
