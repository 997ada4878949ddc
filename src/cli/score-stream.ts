// `kaohe score` a unit at a time: one plan's result in json, jsonl or csv, scored, checked, rendered and written
// unit by unit, never held whole (a national result is ~90 MB of objects and 120 MB of text; ×10 at ten times the
// size).
// Only where what was written can be taken back (a file cut back or replaced through a temporary one, a pipe fed from a
// spool once every unit is scored): a missing actual found at the last unit must still leave nothing.
import { appendAll } from '../collections.js';
import { hasCohortPhase } from '../core/cohort/index.js';
import { evaluatePlanStream } from '../core/evaluate.js';
import { mayScorePoints } from '../core/items.js';
import { FailOnFound } from '../core/exit-code.js';
import type { AcceptedOutlier } from '../load/plausibility.js';
import type { Actual, Diagnostic, Plan, ScoreOptions, UnitResult } from '../model.js';
import { renderCsvChunks } from '../report/csv.js';
import type { ScoreFormat } from '../report/formats.js';
import { renderJsonChunks, renderJsonLinesChunks } from '../report/json.js';
import type { ScoreCommandOptions } from './commands/score.js';
import { EXIT, hasErrors, reportDiagnostics, type Context } from './context.js';
import { missingActualsCheck } from './missing-actuals.js';
import { SpoolFailed } from './io.js';
import { type Revocable, revocableOutput, WriteAbandoned, writeOutput } from './output.js';

/** A plan read and checked with its actuals, ready to be scored. */
export interface Scorable {
  plan: Plan;
  actuals: Actual[];
  /** The outliers the clerk accepted (the result's accepted_outliers when any). */
  accepted: AcceptedOutlier[];
  /** What evaluatePlan is given: --as-of, the version, the inputs read, --previous. */
  scoring: ScoreOptions;
}

/** How many actuals make a plan large enough to collect the garbage of reading before streaming its result. */
const LARGE_ACTUALS = 100_000;

/**
 * The formats written in pieces as they are made, each giving exactly its reporter's text: a streamed result's here, a
 * whole result's by runScore.
 */
export const STREAMED: Readonly<Partial<Record<ScoreFormat, typeof renderJsonChunks>>> = {
  json: renderJsonChunks,
  jsonl: renderJsonLinesChunks,
  csv: renderCsvChunks,
};

/**
 * Returns how one plan's result can be written a unit at a time with the bytes, diagnostics and exit code of the whole,
 * or undefined when it cannot: json, jsonl or csv (a plan scoring no points), no --out-dir, no error so far, a plan
 * without a cohort phase (no unit's result waits for the others': hasCohortPhase), and an output that can be taken
 * back should a unit lack an actual (revocableOutput: --out to a regular file or none, stdout redirected to one or to
 * a pipe through a spool; not a terminal).
 */
export async function streamable(
  ctx: Context,
  ready: Scorable,
  options: ScoreCommandOptions,
  diagnostics: readonly Diagnostic[],
  readPaths: readonly string[],
): Promise<Revocable | undefined> {
  if (!Object.hasOwn(STREAMED, options.format) || options.outDir !== undefined || hasErrors(diagnostics)) return;
  if (hasCohortPhase(ready.plan, ready.scoring.previous)) return;
  // A CSV's header has a point table's columns when any unit scores points: known only once every unit is, but never
  // when the plan has no group, no section and no point-table method.
  if (options.format === 'csv' && mayScorePoints(ready.plan)) return;
  return revocableOutput(ctx, options.out, readPaths);
}

/**
 * Scores, checks and writes one plan's result a unit at a time (`how`, from streamable) and returns the exit code: 2
 * when a unit lacks an actual (every MISSING_ACTUALS error reported, in the whole result's order, and the output left
 * as it was) or the write failed; else 1 when --fail-on matched; else 0. The run's diagnostics are reported once the
 * output is written (the whole result's path reports them before). Returns undefined, having written and reported
 * nothing, when a spool's temporary file could not be written: the whole result's path is left to do it.
 */
export async function scoreStreamed(
  ctx: Context,
  ready: Scorable,
  options: ScoreCommandOptions,
  diagnostics: Diagnostic[],
  readPaths: readonly string[],
  how: Revocable,
): Promise<number | undefined> {
  const { plan, actuals, accepted } = ready;
  // Reading a national plan and its CSV leaves ~75 MB of garbage that V8 would let the units' own pile onto: collected
  // now, the peak is 288 MB instead of 355 (national-2850, bench/README.md) for ~0.2 s of CPU. Small plans skip it.
  if (actuals.length >= LARGE_ACTUALS) ctx.io.collectGarbage?.();
  const stream = evaluatePlanStream(plan, actuals, ready.scoring);
  const check = options.allowMissing ? undefined : missingActualsCheck(plan, actuals);
  const missing: Diagnostic[] = [];
  const failOn = new FailOnFound(options.failOn ?? []);
  const scored = stream.units[Symbol.iterator]();
  const next = (): UnitResult | undefined => {
    const n = scored.next();
    if (n.done === true) return undefined;
    failOn.add(n.value);
    if (check !== undefined) appendAll(missing, check(n.value));
    return n.value;
  };
  // Once a unit lacks an actual nothing more is written; the rest are scored for their errors, then the write stops.
  function* units(): Generator<UnitResult> {
    for (let unit = next(); unit !== undefined; unit = next()) if (missing.length === 0) yield unit;
    if (missing.length > 0) throw new WriteAbandoned();
  }
  const result = {
    head: stream.head,
    units: units(),
    tail: () => ({ ...stream.tail(), ...(accepted.length > 0 && { accepted_outliers: accepted }) }),
  };
  // streamable() said the format is one of them
  const render = STREAMED[options.format as ScoreFormat]!;
  const text = render([result], { lang: ctx.lang, color: false, bom: Boolean(options.bom) });
  const writeErrors: Diagnostic[] = [];
  let written: boolean;
  try {
    written = await writeOutput(ctx, text, options.out, readPaths, { how, report: (e) => appendAll(writeErrors, e) });
  } catch (error) {
    if (error instanceof SpoolFailed) return undefined;
    throw error;
  }
  // A write that failed midway left units unscored: their missing actuals are this run's errors all the same, and
  // then, as when the result is held whole, the write is never tried: its own error is not reported.
  while (next() !== undefined);
  appendAll(diagnostics, missing);
  reportDiagnostics(ctx, options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
  if (missing.length === 0) reportDiagnostics(ctx, writeErrors);
  if (missing.length > 0 || !written) return EXIT.badInput;
  return failOn.matching().length > 0 ? EXIT.failOn : EXIT.ok;
}
