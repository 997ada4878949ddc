// Reading a plan and its actuals for a command: files → bytes → model, every mistake collected.
import { appendAll } from '../collections.js';
import { errorText } from '../messages/index.js';
import { checkActualYears } from '../load/actual-years.js';
import { loadActuals } from '../load/actuals/index.js';
import { mergeActuals } from '../load/merge-actuals.js';
import { checkGivenPoints } from '../load/given-points.js';
import { checkPlausible, type AcceptedOutlier } from '../load/plausibility.js';
import { checkComputedRates } from '../load/rate-checks.js';
import { blameOutliers } from '../load/outlier-blame.js';
import { checkUntargeted } from '../load/untargeted.js';
import { actualsNotFound, draftPlan, finishPlan, type LoadedPlan, type LoadPlanOptions } from '../load/plan.js';
import { loadTargetsSheet } from '../load/targets-sheet.js';
import { decodeYamlText } from '../load/text.js';
import type { Actual, ActualsFile, Diagnostic, Loaded, Plan } from '../model.js';
import { fileError, hasErrors, readInput, type Context } from './context.js';
import { sha256 } from './io.js';

/** One input file as the result records it. */
export interface InputRecord {
  path: string;
  sha256: string;
}

/** Returns a YAML (or JSON) file's bytes and UTF-8 text, or a diagnostic saying why it cannot be read. */
export async function readYamlText(
  ctx: Context,
  path: string,
): Promise<{ bytes?: Uint8Array; text?: string; diagnostics: Diagnostic[] }> {
  const bytes = await readInput(ctx, path);
  if (!bytes.value) return { diagnostics: bytes.diagnostics };
  const text = decodeYamlText(bytes.value, path);
  if (text.value === undefined) return { diagnostics: text.diagnostics };
  return { bytes: bytes.value, text: text.value, diagnostics: [] };
}

/**
 * Returns the loaded plan (when it is valid), its input record, `inputs` (the plan's and, when it names one, its
 * targets sheet's) and every diagnostic.
 */
export async function readPlan(
  ctx: Context,
  path: string,
  options: LoadPlanOptions = {},
): Promise<{ plan?: LoadedPlan; input?: InputRecord; inputs: InputRecord[]; diagnostics: Diagnostic[] }> {
  const read = await readYamlText(ctx, path);
  if (read.text === undefined || read.bytes === undefined) return { inputs: [], diagnostics: read.diagnostics };
  ctx.sources.set(path, read.text);
  const input = { path, sha256: sha256(read.bytes) };
  const loaded = await loadPlanText(ctx, read.text, path, options);
  return {
    ...(loaded.value ? { plan: loaded.value } : {}),
    input,
    inputs: [input, ...loaded.inputs],
    diagnostics: loaded.diagnostics,
  };
}

/** Returns the checked plan of a YAML text, its targets sheet read when it names one (and that sheet's input). */
export async function loadPlanText(
  ctx: Context,
  text: string,
  path: string,
  options: LoadPlanOptions = {},
): Promise<Loaded<LoadedPlan> & { inputs: InputRecord[] }> {
  const draft = draftPlan(text, path);
  const entry = draft.value?.plan.targetsSheet;
  if (draft.value === undefined || entry === undefined)
    return { ...(draft.value ? finishPlan(draft.value, undefined, options) : draft), inputs: [] };
  if ((await ctx.io.stat(entry.path)) !== 'file') return { diagnostics: [targetsNotFound(entry)], inputs: [] };
  const bytes = await readInput(ctx, entry.path);
  if (!bytes.value) return { diagnostics: bytes.diagnostics, inputs: [] };
  const sheet = await loadTargetsSheet({ path: entry.path, bytes: bytes.value }, draft.value.plan);
  if (sheet.text !== undefined) ctx.sources.set(entry.path, sheet.text);
  const inputs = [{ path: entry.path, sha256: sha256(bytes.value) }];
  if (sheet.value === undefined || hasErrors(sheet.diagnostics)) return { diagnostics: sheet.diagnostics, inputs };
  const loaded = finishPlan(draft.value, sheet.value, options);
  return { ...loaded, diagnostics: [...sheet.diagnostics, ...loaded.diagnostics], inputs };
}

function targetsNotFound(entry: NonNullable<Plan['targetsSheet']>): Diagnostic {
  return {
    code: 'TARGETS_SHEET',
    severity: 'error',
    ...entry.source,
    length: entry.given.length,
    message: errorText('TARGETS_SHEET', 'not_found', { path: entry.path }),
    hint: errorText('TARGETS_SHEET', 'not_found_hint'),
  };
}

/**
 * Returns a USAGE error when --sheet is given and none of the actuals files read is a workbook (--sheet with only
 * CSV or YAML files would be a silent no-op), else nothing.
 */
export function sheetWithoutWorkbook(sheet: string | undefined, paths: readonly string[]): Diagnostic[] {
  if (sheet === undefined || paths.length === 0 || paths.some((p) => /\.xls[xm]$/i.test(p))) return [];
  const vars = { sheet, path: paths[0]! };
  const hint = errorText('USAGE', 'sheet_not_workbook_hint');
  return [fileError('USAGE', paths[0]!, errorText('USAGE', 'sheet_not_workbook', vars), hint)];
}

/** Options for reading actuals files. */
export interface ActualsReadOptions {
  encoding?: string;
  sheet?: string;
  /** True when the command checks --sheet against every file of the run itself (validate), not per plan. */
  sheetOfRun?: boolean;
  /** Confirms outliers far from their targets: they are read, and recorded in the result. */
  acceptOutliers?: boolean;
}

/**
 * Returns the merged actuals of the given files (or the plan's own `actuals:`), their input records and every
 * diagnostic.
 */
export async function readActuals(
  ctx: Context,
  loaded: LoadedPlan,
  given: readonly string[],
  options: ActualsReadOptions,
): Promise<{ actuals: Actual[]; inputs: InputRecord[]; diagnostics: Diagnostic[]; accepted: AcceptedOutlier[] }> {
  const diagnostics: Diagnostic[] = [];
  const inputs: InputRecord[] = [];
  const files: ActualsFile[] = [];
  const paths = given.length > 0 ? [...given] : loaded.plan.actuals.map((a) => a.path);
  if (options.sheetOfRun !== true) appendAll(diagnostics, sheetWithoutWorkbook(options.sheet, paths));
  for (const [i, path] of paths.entries()) {
    const fromPlan = given.length === 0 ? loaded.plan.actuals[i] : undefined;
    const kind = fromPlan ? await ctx.io.stat(path) : undefined;
    if (fromPlan && (kind === null || kind === 'directory')) {
      diagnostics.push(actualsNotFound(fromPlan));
      continue;
    }
    const bytes = await readInput(ctx, path);
    if (!bytes.value) {
      appendAll(diagnostics, bytes.diagnostics);
      continue;
    }
    inputs.push({ path, sha256: sha256(bytes.value) });
    const result = await loadActuals({ path, bytes: bytes.value }, loaded.plan, options);
    appendAll(diagnostics, result.diagnostics);
    if (result.value) files.push(result.value);
    if (result.value?.text !== undefined) ctx.sources.set(path, result.value.text);
  }
  // A file's reader has already refused values given twice within it: one file needs no merge.
  const merged = files.length === 1 ? { value: files[0]!.actuals, diagnostics: [] } : mergeActuals(files);
  appendAll(appendAll(diagnostics, merged.diagnostics), checkActualYears(loaded.plan, merged.value ?? []));
  // Before any yuan or grade: values that are almost surely a slip.
  const plausible = checkPlausible(loaded.plan, merged.value ?? [], Boolean(options.acceptOutliers));
  appendAll(diagnostics, blameOutliers(loaded.plan, merged.value ?? [], plausible.diagnostics));
  appendAll(diagnostics, checkGivenPoints(loaded.plan, merged.value ?? []));
  appendAll(diagnostics, checkComputedRates(loaded.plan, merged.value ?? []));
  appendAll(diagnostics, checkUntargeted(loaded.plan, merged.value ?? []));
  return { actuals: merged.value ?? [], inputs, diagnostics, accepted: plausible.accepted };
}

/** Returns a USAGE error when --as-of names a year outside the plan's period, else undefined. */
export function asOfOutsidePeriod(plan: Plan, asOf: number | undefined): Diagnostic | undefined {
  if (asOf === undefined || (asOf >= plan.period.from && asOf <= plan.period.to)) return undefined;
  return {
    code: 'USAGE',
    severity: 'error',
    ...plan.source,
    message: errorText('USAGE', 'as_of', { year: asOf, ...plan.period }),
    hint: errorText('USAGE', 'as_of_hint', plan.period),
  };
}
