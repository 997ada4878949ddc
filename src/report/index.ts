// The registry of `score` output formats. Its keys feed commander's .choices(), so a format is
// offered on the command line exactly when it has a reporter here.
import type { Lang, Result } from '../model.js';
import { renderCsv } from './csv.js';
import { renderJson, renderJsonLines } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

/** How to render: the language of labels, whether to colour, and (CSV) whether to start with a BOM for Excel. */
export interface RenderOptions {
  lang: Lang;
  color: boolean;
  bom?: boolean;
}

export type ScoreFormat = 'table' | 'csv' | 'json' | 'jsonl' | 'markdown';

/** A pure function from the results of one run to the text to print; the text ends in "\n". */
export type ScoreReporter = (results: Result[], opts: RenderOptions) => string;

/** Registry: keys feed commander's .choices(). */
export const scoreReporters: Record<ScoreFormat, ScoreReporter> = {
  table: renderTable,
  csv: renderCsv,
  json: renderJson,
  jsonl: renderJsonLines,
  markdown: renderMarkdown,
};

/** Returns the names of the score formats, in the registry's order (the default, table, first). */
export function listScoreFormats(): ScoreFormat[] {
  return Object.keys(scoreReporters) as ScoreFormat[];
}
