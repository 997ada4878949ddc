// `kaohe score PLAN...`: read each plan and its actuals, score exactly, render, write.
// Exit 0 scored; 1 scored and --fail-on matched; 2 bad input or missing actuals (nothing on stdout).
import { appendAll, getOrInsert } from '../../collections.js';
import { evaluatePlan } from '../../core/evaluate.js';
import { failOnMatches, type FailOn } from '../../core/exit-code.js';
import type { Diagnostic, PreviousResult, Result } from '../../model.js';
import { checkPrevious, readPrevious } from '../previous.js';
import { posix } from 'node:path';
import {
  BINARY_SCORE_FORMATS,
  FORMATS_CARRYING_ERRORS,
  LAZY_SCORE_FORMATS,
  SCORE_FORMATS,
  type BinaryScoreFormat,
  type LazyScoreFormat,
} from '../../report/formats.js';
import { lazyScoreReporters, scoreReporters, type ScoreFormat } from '../../report/index.js';
import { expandPlanPaths } from '../expand-paths.js';
import { EXIT, fileError, hasErrors, reportDiagnostics, type Context } from '../context.js';
import { errorText } from '../../messages/index.js';
import { missingActuals } from '../missing-actuals.js';
import { type Scorable, STREAMED, scoreStreamed, streamable } from '../score-stream.js';
import { setAsideWarnings } from '../set-aside.js';
import { asOfOutsidePeriod, readActuals, readPlan, type ActualsReadOptions } from '../load-inputs.js';
import { formatForOut, writeOutput, type OutputData } from '../output.js';

/** The options of `kaohe score`. */
export interface ScoreCommandOptions extends ActualsReadOptions {
  actuals: string[];
  format: ScoreFormat | LazyScoreFormat | BinaryScoreFormat;
  out?: string;
  asOf?: number;
  allowMissing?: boolean;
  failOn?: FailOn[];
  bom?: boolean;
  outDir?: string;
  quiet?: boolean;
  previous?: string;
  wide?: boolean;
}

/** The width a table is drawn to: the terminal's, else COLUMNS when set, else 120 (a pipe or a file). */
export function outputWidth(io: Context['io']): number {
  if (io.stdout.columns !== undefined && io.stdout.columns > 0) return io.stdout.columns;
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 120;
}

/** One plan's outcome: its result, or nothing when its inputs had errors. */
interface Scored {
  path: string;
  result?: Result;
}

/** Reads and checks one plan and its actuals; diagnostics go into `diagnostics`; undefined when they had errors. */
async function readScorable(
  ctx: Context,
  path: string,
  options: ScoreCommandOptions,
  diagnostics: Diagnostic[],
  readPaths: string[],
  previous?: PreviousResult,
): Promise<Scorable | undefined> {
  const read = await readPlan(ctx, path);
  appendAll(diagnostics, read.diagnostics);
  if (!read.plan || !read.input) return undefined;
  // The plan's targets sheet is protected as the plan is.
  appendAll(
    readPaths,
    read.inputs.slice(1).map((i) => i.path),
  );
  const { plan } = read.plan;
  // The plan's own actuals files are protected as inputs are, read or not (--actuals given instead): a result must
  // never replace the clerk's sheet.
  appendAll(
    readPaths,
    plan.actuals.map((a) => a.path),
  );
  if (previous !== undefined) {
    const misfit = checkPrevious(plan, previous);
    appendAll(diagnostics, misfit);
    if (hasErrors(misfit)) return undefined;
  }
  const outside = asOfOutsidePeriod(plan, options.asOf);
  if (outside !== undefined) {
    diagnostics.push(outside);
    return undefined;
  }
  const actuals = await readActuals(ctx, read.plan, options.actuals, options);
  appendAll(diagnostics, actuals.diagnostics);
  appendAll(
    readPaths,
    actuals.inputs.map((i) => i.path),
  );
  if (hasErrors(actuals.diagnostics)) return undefined;
  const scoring = {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    kaoheVersion: ctx.version,
    inputs: [...read.inputs, ...actuals.inputs],
    ...(previous !== undefined && { previous }),
  };
  return { plan, actuals: actuals.actuals, accepted: actuals.accepted, scoring };
}

/** Scores a plan read whole; its missing actuals (or, with --allow-missing, set-aside warnings) go into diagnostics. */
function scoreWhole(ready: Scorable, options: ScoreCommandOptions, diagnostics: Diagnostic[]): Result | undefined {
  const { plan, actuals } = ready;
  const result = evaluatePlan(plan, actuals, ready.scoring);
  if (ready.accepted.length > 0) result.accepted_outliers = ready.accepted;
  if (!options.allowMissing) {
    const missing = missingActuals(plan, result, actuals);
    appendAll(diagnostics, missing);
    if (missing.length > 0) return undefined;
  } else appendAll(diagnostics, setAsideWarnings(plan, result, actuals));
  return result;
}

/** Scores every plan named (files, directories, globs) and returns the exit code. */
export async function runScore(
  ctx: Context,
  args: string[],
  given: Omit<ScoreCommandOptions, 'format'> & { format?: ScoreCommandOptions['format'] },
): Promise<number> {
  const format = formatForOut(ctx, given.format, given.out, SCORE_FORMATS, 'table');
  if (format === undefined) return EXIT.badInput;
  const options: ScoreCommandOptions = { ...given, format };
  if (binaryOnTerminal(ctx, args, options)) return EXIT.badInput;
  const expanded = await expandPlanPaths(ctx.io, args, async (p) => headOf(await ctx.io.readFile(p)));
  const diagnostics: Diagnostic[] = [...expanded.diagnostics];
  // Every plan named is protected from --out and --out-dir, a plan with mistakes too (junit and github are written
  // even then).
  const readPaths: string[] = [...expanded.paths];
  const scored: Scored[] = [];
  const last = options.previous === undefined ? undefined : await readPrevious(ctx, options.previous);
  if (last !== undefined) {
    appendAll(diagnostics, last.diagnostics);
    readPaths.push(options.previous as string);
  }
  const progress = startProgress(ctx, expanded.paths.length);
  for (const path of expanded.paths) {
    if (last !== undefined && last.previous === undefined) break;
    const ready = await readScorable(ctx, path, options, diagnostics, readPaths, last?.previous);
    // One plan to json, jsonl or csv where what was written can be taken back: scored, written and dropped a unit at
    // a time.
    const how = ready && expanded.paths.length === 1 && (await streamable(ctx, ready, options, diagnostics, readPaths));
    const code = how ? await scoreStreamed(ctx, ready!, options, diagnostics, readPaths, how) : undefined;
    if (code !== undefined) return code;
    const result = ready && scoreWhole(ready, options, diagnostics);
    scored.push({ path, ...(result ? { result } : {}) });
    progress.tick(path);
  }
  progress.done();
  const all = scored.flatMap((s) => (s.result ? [s.result] : []));
  const results =
    options.outDir === undefined ? all : withoutSharedNames(all, SCORE_FORMATS[options.format], diagnostics);
  reportDiagnostics(ctx, options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
  const failed = hasErrors(diagnostics);
  const render = async (list: Result[], color: boolean): Promise<OutputData> => {
    // exceljs is imported only on this path: it costs about 300 ms.
    if (options.format === 'xlsx')
      return (await import('../../report/xlsx.js')).renderResultsXlsx(list, { lang: ctx.lang, color: false });
    const renderOptions = {
      lang: ctx.lang,
      color,
      bom: Boolean(options.bom),
      diagnostics,
      width: outputWidth(ctx.io),
      wide: Boolean(options.wide),
    };
    if (isLazy(options.format)) return (await lazyScoreReporters[options.format]())(list, renderOptions);
    // JSON is written as it is made, a unit at a time: a national result is 120 MB of text.
    const streamed = STREAMED[options.format];
    return streamed === undefined ? scoreReporters[options.format](list, renderOptions) : streamed(list, renderOptions);
  };
  let written = true;
  if (options.outDir !== undefined) {
    written = await writeEach(ctx, results, options, readPaths, (r) => render([r], false));
  } else if (!failed || FORMATS_CARRYING_ERRORS.has(options.format)) {
    const text = await render(results, options.out ? false : ctx.colorOut);
    // --quiet silences warnings and progress, never the output asked for
    written = await writeOutput(ctx, text, options.out, readPaths);
  }
  if (failed || !written) return EXIT.badInput;
  return options.failOn && failOnMatches(results, options.failOn) ? EXIT.failOn : EXIT.ok;
}

function isLazy(format: string): format is LazyScoreFormat {
  return Object.hasOwn(LAZY_SCORE_FORMATS, format);
}

/** Writes one file per result into --out-dir, named by plan id; returns false if any could not be written. */
async function writeEach(
  ctx: Context,
  results: Result[],
  options: ScoreCommandOptions,
  inputs: string[],
  render: (r: Result) => Promise<OutputData>,
): Promise<boolean> {
  const dir = options.outDir!;
  if ((await ctx.io.stat(dir)) !== 'directory') {
    const message = errorText('OUTPUT_WRITE', 'out_dir', { path: dir });
    reportDiagnostics(ctx, [fileError('OUTPUT_WRITE', dir, message, errorText('OUTPUT_WRITE', 'out_dir_hint'))]);
    return false;
  }
  let ok = true;
  for (const result of results) {
    const name = `${result.plan.id}.${SCORE_FORMATS[options.format]}`;
    ok = (await writeOutput(ctx, await render(result), posix.join(dir, name), inputs)) && ok;
  }
  return ok;
}

/**
 * Returns the results whose --out-dir file name (`<plan id>.<ext>`) no other result has, in their order; for each
 * name shared, a USAGE error at the first plan naming every plan involved is added to `diagnostics` (the run's own
 * list, so one summary counts it) and none of them is written: which one the file should hold is not kaohe's guess.
 */
function withoutSharedNames(results: Result[], ext: string, diagnostics: Diagnostic[]): Result[] {
  const byName = new Map<string, Result[]>();
  for (const result of results) getOrInsert(byName, `${result.plan.id}.${ext}`, () => []).push(result);
  const shared = new Set<Result>();
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    const files = list.map((r) => r.inputs[0]?.path ?? name);
    const message = errorText('USAGE', 'same_id', { id: list[0]!.plan.id, name, files: files.join(', ') });
    diagnostics.push(fileError('USAGE', files[0]!, message, errorText('USAGE', 'same_id_hint')));
    for (const r of list) shared.add(r);
  }
  return results.filter((r) => !shared.has(r));
}

/**
 * Reports and returns true when a binary format (xlsx) would go to stdout on a terminal: into a file or a pipe only.
 */
function binaryOnTerminal(ctx: Context, args: string[], options: ScoreCommandOptions): boolean {
  if (
    !(options.format in BINARY_SCORE_FORMATS) ||
    options.out !== undefined ||
    options.outDir !== undefined ||
    !ctx.io.stdout.isTTY
  )
    return false;
  const { format } = options;
  const message = errorText('USAGE', 'binary_format', { format });
  reportDiagnostics(ctx, [
    fileError('USAGE', args[0] ?? '.', message, errorText('USAGE', 'binary_format_hint', { format })),
  ]);
  return true;
}

function headOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 65536));
}

/** A progress line on stderr for long runs: only on a terminal, never in CI or a pipe. */
function startProgress(ctx: Context, total: number): { tick(path: string): void; done(): void } {
  const active = ctx.io.stderr.isTTY && !ctx.io.env.CI && total >= 5;
  let count = 0;
  return {
    tick(path) {
      if (!active) return;
      count++;
      const width = 24;
      const filled = Math.round((count / total) * width);
      ctx.io.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${path.slice(-40)}\x1b[K`,
      );
    },
    done() {
      if (active) ctx.io.stderr.write('\r\x1b[K');
    },
  };
}
