// The output formats of `kaohe score`, with the file extension each writes under --out-dir.
// Kept apart from the reporters so that the command line can list them without importing them.

/** Score format → file extension. */
export const SCORE_FORMATS = {
  table: 'txt',
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  markdown: 'md',
} as const;

/** A `kaohe score --format` value. */
export type ScoreFormat = keyof typeof SCORE_FORMATS;
