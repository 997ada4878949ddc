// `kaohe score PLAN...`: read each plan and its actuals, score exactly, render, write.
// Exit 0 scored; 1 scored and --fail-on matched; 2 bad input or missing actuals (nothing on stdout).
import { evaluatePlan } from '../../core/evaluate.js';
import { failOnMatches, type FailOn } from '../../core/exit-code.js';
import type { Diagnostic, Plan, Result } from '../../model.js';
import { scoreReporters, type ScoreFormat } from '../../report/index.js';
import { hasErrors, reportDiagnostics, type Context } from '../context.js';
import { readActuals, readPlan, type ActualsReadOptions } from '../load-inputs.js';
import { writeOutput } from '../output.js';

/** The options of `kaohe score`. */
export interface ScoreCommandOptions extends ActualsReadOptions {
  actuals: string[];
  format: ScoreFormat;
  out?: string;
  asOf?: number;
  allowMissing?: boolean;
  failOn?: FailOn[];
  bom?: boolean;
}

/** Returns a MISSING_ACTUALS error for each target of the plan that the result marks missing. */
export function missingActuals(plan: Plan, result: Result): Diagnostic[] {
  const out: Diagnostic[] = [];
  const units = new Map(plan.units.map((u) => [u.id, u]));
  for (const unit of result.units) {
    for (const ind of unit.indicators) {
      if (ind.status !== 'missing' || ind.rolled_up) continue;
      const target = units.get(unit.id)?.targets.get(ind.id);
      const at = target?.source ?? plan.source;
      const years = (ind.years ?? []).filter((y) => y.actual === null).map((y) => y.year);
      const inYears = years.length > 0 ? { en: ` for ${years.join(', ')}`, zh: `(${years.join('、')}年)` } : { en: '', zh: '' };
      out.push({
        code: 'MISSING_ACTUALS', severity: 'error', ...at,
        message: {
          en: `no actual for ${unit.name} (${unit.id}) / ${ind.name ?? ind.id}${inYears.en}`,
          zh: `缺少 ${unit.name}(${unit.id})/ ${ind.name ?? ind.id} 的实际数据${inYears.zh}`,
        },
        hint: { en: 'fill it in, or score with --allow-missing to mark the unit incomplete', zh: '请补填数据,或使用 --allow-missing 将该单位标记为数据不全' },
      });
    }
  }
  return out;
}

/** Scores every plan and returns the exit code. */
export async function runScore(ctx: Context, planPaths: string[], options: ScoreCommandOptions): Promise<number> {
  const diagnostics: Diagnostic[] = [];
  const results: Result[] = [];
  const readPaths: string[] = [];
  for (const path of planPaths) {
    const read = await readPlan(ctx, path);
    diagnostics.push(...read.diagnostics);
    if (!read.plan || !read.input) continue;
    readPaths.push(path);
    const { plan } = read.plan;
    if (options.asOf !== undefined && (options.asOf < plan.period.from || options.asOf > plan.period.to)) {
      diagnostics.push({
        code: 'USAGE', severity: 'error', ...plan.source,
        message: { en: `--as-of ${options.asOf} is outside the plan's period ${plan.period.from}–${plan.period.to}`, zh: `--as-of ${options.asOf} 不在方案考核期 ${plan.period.from}–${plan.period.to} 内` },
        hint: { en: `give a year from ${plan.period.from} to ${plan.period.to}`, zh: `请指定 ${plan.period.from} 至 ${plan.period.to} 之间的年份` },
      });
      continue;
    }
    const actuals = await readActuals(ctx, read.plan, options.actuals, options);
    diagnostics.push(...actuals.diagnostics);
    readPaths.push(...actuals.inputs.map((i) => i.path));
    if (hasErrors(actuals.diagnostics)) continue;
    const result = evaluatePlan(plan, actuals.actuals, {
      ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
      allowMissing: Boolean(options.allowMissing),
      kaoheVersion: ctx.version,
      inputs: [read.input, ...actuals.inputs],
    });
    if (!options.allowMissing) {
      const missing = missingActuals(plan, result);
      diagnostics.push(...missing);
      if (missing.length > 0) continue;
    }
    results.push(result);
  }
  reportDiagnostics(ctx, diagnostics);
  if (hasErrors(diagnostics)) return 2;
  const text = scoreReporters[options.format](results, { lang: ctx.lang, color: options.out ? false : ctx.colorOut, bom: Boolean(options.bom) });
  const written = await writeOutput(ctx, text, options.out, readPaths);
  if (!written) return 2;
  return options.failOn && failOnMatches(results, options.failOn) ? 1 : 0;
}
