// The output formats of `kaohe score`, with the file extension each writes under --out-dir.
// Kept apart from the reporters so that the command line can list them without importing them.

/** Text score format → file extension: each has a string reporter in index.ts. */
export const TEXT_SCORE_FORMATS = {
  table: 'txt',
  csv: 'csv',
  json: 'json',
  jsonl: 'jsonl',
  markdown: 'md',
  junit: 'xml',
  github: 'txt',
} as const;

/** Binary score format → file extension: rendered asynchronously (xlsx.ts), beside the string registry. */
export const BINARY_SCORE_FORMATS = {
  xlsx: 'xlsx',
} as const;

/**
 * Text score format → file extension whose reporter module is imported only when it is chosen (it loads a charting
 * library): registered in index.ts's lazyScoreReporters.
 */
export const LAZY_SCORE_FORMATS = {
  html: 'html',
} as const;

/** Score format → file extension, every format `kaohe score --format` offers. */
export const SCORE_FORMATS = { ...TEXT_SCORE_FORMATS, ...LAZY_SCORE_FORMATS, ...BINARY_SCORE_FORMATS } as const;

/** A `kaohe score --format` value with a string reporter. */
export type ScoreFormat = keyof typeof TEXT_SCORE_FORMATS;

/** A `kaohe score --format` value with a string reporter imported on first use. */
export type LazyScoreFormat = keyof typeof LAZY_SCORE_FORMATS;

/** A `kaohe score --format` value whose output is bytes (never written to a terminal). */
export type BinaryScoreFormat = keyof typeof BINARY_SCORE_FORMATS;

/** The formats of `kaohe template`. */
export const TEMPLATE_FORMATS = ['csv', 'xlsx'] as const;

/** The formats that report errors inside their own output (CI reads them there), so they are written even on exit 2. */
export const FORMATS_CARRYING_ERRORS: ReadonlySet<string> = new Set(['junit', 'github']);
