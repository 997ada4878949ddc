// The output formats of `kaohe score`, with the file extension each writes under --out-dir.
// Kept apart from the reporters so that the command line can list them without importing them.

/** Score format → file extension. */
export const SCORE_FORMATS = {
  table: 'txt',
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  markdown: 'md',
  junit: 'xml',
  github: 'txt',
} as const;

/** A `kaohe score --format` value. */
export type ScoreFormat = keyof typeof SCORE_FORMATS;

/** The formats that report errors inside their own output (CI reads them there), so they are written even on exit 2. */
export const FORMATS_CARRYING_ERRORS: ReadonlySet<string> = new Set(['junit', 'github']);
