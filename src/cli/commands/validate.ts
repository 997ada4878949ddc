// `kaohe validate FILE...`: check plans (with their own actuals) and actuals files, report every
// mistake with its position; exit 0 when all are valid, 2 otherwise.
import { posix } from 'node:path';
import { appendAll } from '../../collections.js';
import { parseYaml } from '../../load/yaml.js';
import { validateWithPositions, type CompiledValidator } from '../../load/validate.js';
import { validateActualsDocument } from '../../generated/validators.js';
import type { Actual, Diagnostic, Plan } from '../../model.js';
import { evaluatePlan } from '../../core/evaluate.js';
import { missingActuals } from '../missing-actuals.js';
import { setAsideWarnings } from '../set-aside.js';
import { label } from '../../messages/index.js';
import { renderDiagnosticsJson } from '../../report/diagnostics.js';
import { EXIT, fileError, hasErrors, readInput, reportDiagnostics, type Context } from '../context.js';
import { errorText } from '../../messages/index.js';
import { readActuals, readPlan, readYamlText, sheetWithoutWorkbook, type ActualsReadOptions } from '../load-inputs.js';
import type { LoadedPlan } from '../../load/plan.js';
import { checkEventRows } from '../../load/point-checks.js';
import { expandPlanPaths, looksLikePlan } from '../expand-paths.js';

interface ValidateOptions extends ActualsReadOptions {
  format: 'text' | 'json' | 'junit' | 'github';
  /** Actuals files checked against each plan instead of the plan's own `actuals:` (as score --actuals). */
  actuals?: string[];
  /** As score --allow-missing: a target without its actual is not an error. */
  allowMissing?: boolean;
}

/**
 * Returns what `score` reports after scoring: MISSING_ACTUALS for each target without its actual; with
 * `allowMissing`, EVENT_MISSING for each event count without a row, else a UNIT_SET_ASIDE warning for each unit the
 * cohort sets aside (and the prizes, 末位 and quota places it holds or moves), as score --allow-missing warns.
 */
function missingFor(plan: Plan, actuals: Actual[], allowMissing: boolean): Diagnostic[] {
  const scored = () => evaluatePlan(plan, actuals, { kaoheVersion: '', inputs: [] });
  if (!allowMissing) return missingActuals(plan, scored(), actuals);
  const events = checkEventRows(plan, actuals);
  return events.length > 0 ? events : setAsideWarnings(plan, scored(), actuals);
}

/** Returns whether a file is a plan (YAML with plan:/indicators:) rather than actuals. */
async function isPlanFile(ctx: Context, path: string): Promise<boolean> {
  if (!/\.ya?ml$/i.test(path)) return false;
  const bytes = await readInput(ctx, path);
  if (!bytes.value) return true; // let the plan reader report why it cannot be read
  return looksLikePlan(new TextDecoder().decode(bytes.value.subarray(0, 65536)));
}

/** Returns the files named: plain files as given, directories and globs expanded to their plans. */
async function expandArgs(ctx: Context, args: string[]): Promise<{ files: string[]; diagnostics: Diagnostic[] }> {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    if ((await ctx.io.stat(arg)) === 'directory' || /[*?]/.test(arg)) {
      const expanded = await expandPlanPaths(ctx.io, [arg], async (p) =>
        new TextDecoder().decode((await ctx.io.readFile(p)).subarray(0, 65536)),
      );
      appendAll(files, expanded.paths);
      appendAll(diagnostics, expanded.diagnostics);
    } else files.push(arg);
  }
  return { files, diagnostics };
}

/** Validates the files and returns exit code 0 (all valid) or 2. */
export async function runValidate(ctx: Context, args: string[], given: ValidateOptions): Promise<number> {
  const { files, diagnostics } = await expandArgs(ctx, args);
  const options = { ...given, sheetOfRun: true };
  // Every actuals file the run reads, for --sheet to have a workbook among them.
  const sheetPaths: string[] = [];
  const status: { path: string; valid: boolean }[] = [];
  const plans: LoadedPlan[] = [];
  const actualsFiles: string[] = [];
  const checked = new Set<string>();
  for (const path of files) {
    if (!(await isPlanFile(ctx, path))) {
      actualsFiles.push(path);
      continue;
    }
    const read = await readPlan(ctx, path);
    const own = [...read.diagnostics];
    if (read.plan) {
      plans.push(read.plan);
      const actuals = await readActuals(ctx, read.plan, options.actuals ?? [], options);
      appendAll(own, actuals.diagnostics);
      for (const input of actuals.inputs) checked.add(input.path);
      const named = read.plan.plan.actuals.map((a) => a.path);
      sheetPaths.push(...(options.actuals !== undefined && options.actuals.length > 0 ? options.actuals : named));
      // What score would refuse once its actuals read cleanly: a target without its actual (MISSING_ACTUALS, unless
      // --allow-missing), an event count a unit has no row for (EVENT_MISSING).
      if (actuals.inputs.length > 0 && !hasErrors(actuals.diagnostics))
        appendAll(own, missingFor(read.plan.plan, actuals.actuals, Boolean(options.allowMissing)));
    }
    appendAll(diagnostics, own);
    status.push({ path, valid: !hasErrors(own) });
  }
  appendAll(diagnostics, sheetWithoutWorkbook(options.sheet, [...sheetPaths, ...actualsFiles]));
  for (const path of actualsFiles) {
    const own: Diagnostic[] = [];
    // An actuals file a plan names is checked against that plan (done above, with the plan); any
    // other against every plan given (`kaohe validate plan.yaml sheet.xlsx`).
    const owners = plans.filter((p) => p.plan.actuals.some((a) => posix.normalize(a.path) === posix.normalize(path)));
    if (owners.length > 0) {
      status.push({ path, valid: !diagnostics.some((d) => d.file === path && d.severity === 'error') });
      continue;
    }
    checked.add(path);
    if (plans.length > 0) {
      for (const plan of plans) appendAll(own, (await readActuals(ctx, plan, [path], options)).diagnostics);
    } else {
      appendAll(own, await validateActualsAlone(ctx, path));
    }
    appendAll(diagnostics, own);
    status.push({ path, valid: !hasErrors(own) });
  }
  if (options.format === 'json') ctx.io.stdout.write(renderDiagnosticsJson(status, diagnostics, ctx.lang));
  else if (options.format === 'junit' || options.format === 'github') {
    const { scoreReporters } = await import('../../report/index.js');
    ctx.io.stdout.write(scoreReporters[options.format]([], { lang: ctx.lang, color: false, diagnostics }));
    reportDiagnostics(ctx, diagnostics);
  } else {
    reportDiagnostics(ctx, diagnostics);
    if (!hasErrors(diagnostics)) ctx.io.stdout.write(successLine(plans.length, checked.size, diagnostics.length, ctx));
  }
  return hasErrors(diagnostics) ? EXIT.badInput : EXIT.ok;
}

// One line saying what was checked and found valid: a clerk sees that validate ran, not just a silent prompt.
function successLine(plans: number, files: number, warnings: number, ctx: Context): string {
  const word = (n: number, one: 'plan' | 'file', many: 'plans' | 'files') =>
    label(`validate.${n === 1 ? one : many}`, ctx.lang);
  return `${label('validate.ok', ctx.lang, {
    plans,
    plan_word: word(plans, 'plan', 'plans'),
    files,
    file_word: word(files, 'file', 'files'),
    warnings,
    warning_word: label(warnings === 1 ? 'summary.warning' : 'summary.warnings', ctx.lang),
  })}\n`;
}

/** Returns the diagnostics of an actuals file checked without a plan: YAML shape only; CSV and xlsx need the plan. */
async function validateActualsAlone(ctx: Context, path: string): Promise<Diagnostic[]> {
  if (!/\.ya?ml$/i.test(path)) {
    const bytes = await readInput(ctx, path);
    if (!bytes.value) return bytes.diagnostics;
    return [
      fileError('USAGE', path, errorText('USAGE', 'actuals_alone'), errorText('USAGE', 'actuals_alone_hint', { path })),
    ];
  }
  const read = await readYamlText(ctx, path);
  if (read.text === undefined) return read.diagnostics;
  ctx.sources.set(path, read.text);
  const parsed = parseYaml(read.text, path);
  if (!parsed.value) return parsed.diagnostics;
  return validateWithPositions(parsed.value, validateActualsDocument as CompiledValidator);
}
