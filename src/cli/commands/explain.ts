// `kaohe explain PLAN --unit ID|NAME`: score the plan exactly as `score` does (missing actuals
// allowed, and said), then write out one unit's arithmetic with the source of every number.
// Exit 0 explained; 2 bad input (an unknown unit or indicator among it), with nothing on stdout.
import { appendAll } from '../../collections.js';
import { evaluatePlan } from '../../core/evaluate.js';
import { explainUnit } from '../../core/explain.js';
import { isTargetless } from '../../core/score.js';
import { readPrevious } from '../previous.js';
import { createMatcher } from '../../load/actuals/match.js';
import type { LoadedPlan } from '../../load/plan.js';
import { keyNodeAt, sourceAt, sourceOfNode } from '../../load/yaml.js';
import type { Diagnostic, Indicator, Unit } from '../../model.js';
import { parseSource } from '../../source.js';
import { renderExplainJson, renderExplainText, type ExplainFormat } from '../../report/explain.js';
import { groupThousands } from '../../report/format.js';
import { EXIT, hasErrors, reportDiagnostics, type Context } from '../context.js';
import { asOfOutsidePeriod, readActuals, readPlan, type ActualsReadOptions } from '../load-inputs.js';
import { missingActuals } from '../missing-actuals.js';
import { errorText } from '../../messages/index.js';

/** The options of `kaohe explain`. */
export interface ExplainCommandOptions extends ActualsReadOptions {
  unit: string;
  indicator?: string;
  actuals: string[];
  format: ExplainFormat;
  /** Explain the plan as scored part-way, as `score --as-of YEAR` scores it. */
  asOf?: number;
  /** Last year's result, as `score --previous` reads it (consequences keyed on history). */
  previous?: string;
}

/** Returns the unit and indicator the options name, or UNKNOWN_UNIT / UNKNOWN_INDICATOR with a did-you-mean. */
export function resolveTarget(
  loaded: LoadedPlan,
  options: Pick<ExplainCommandOptions, 'unit' | 'indicator'>,
): { unit?: Unit; indicator?: Indicator; diagnostics: Diagnostic[] } {
  const { plan } = loaded;
  const yaml = loaded.yaml!; // read with keepYaml: true
  const matcher = createMatcher(plan);
  const unit = matcher.unit(options.unit);
  if (unit === undefined) {
    const at = sourceOfNode(yaml, keyNodeAt(yaml, ['units']));
    return {
      diagnostics: [
        {
          code: 'UNKNOWN_UNIT',
          severity: 'error',
          ...at,
          message: errorText('UNKNOWN_UNIT', 'message', { id: options.unit }),
          hint: matcher.unitHint(options.unit),
        },
      ],
    };
  }
  if (options.indicator === undefined) return { unit, diagnostics: [] };
  const indicator = matcher.indicator(options.indicator);
  // An event, a given score or a relative item needs no target: it applies to every unit.
  const applies = (i: Indicator) => unit.targets.has(i.id) || isTargetless(i);
  if (indicator !== undefined && applies(indicator)) return { unit, indicator, diagnostics: [] };
  // Either no such indicator, or one this unit has no target for: both point at the unit's targets.
  const at = sourceAt(yaml, ['units', plan.units.indexOf(unit), 'targets']);
  const own = createMatcher({ ...plan, indicators: plan.indicators.filter(applies) });
  const message =
    indicator === undefined
      ? errorText('UNKNOWN_INDICATOR', 'explain', { id: options.indicator })
      : errorText('UNKNOWN_INDICATOR', 'no_target', { unit: unit.name, name: indicator.name, id: indicator.id });
  return {
    unit,
    diagnostics: [
      { code: 'UNKNOWN_INDICATOR', severity: 'error', ...at, message, hint: own.indicatorHint(options.indicator) },
    ],
  };
}

/**
 * Returns the text written at a source "file:line:col" of a text file that was read (a CSV cell or a YAML value), or
 * undefined.
 */
export function writtenAt(sources: ReadonlyMap<string, string>, source: string): string | undefined {
  const at = parseSource(source);
  const text = at === undefined ? undefined : sources.get(at.file);
  if (at === undefined || text === undefined) return undefined;
  const rest = (text.split(/\r?\n/)[at.line - 1] ?? '').slice(at.col - 1);
  // A quoted CSV field runs to its closing quote; anything else to the next separator or comment.
  const quoted = /^"((?:[^"]|"")*)"/.exec(rest);
  if (quoted) return quoted[1]!.replace(/""/g, '"');
  return /^[^,\t}\]#]*/.exec(rest)![0].trim() || undefined;
}

/** Explains one unit of one plan and returns the exit code. */
export async function runExplain(ctx: Context, planPath: string, options: ExplainCommandOptions): Promise<number> {
  const read = await readPlan(ctx, planPath, { keepYaml: true });
  const diagnostics = [...read.diagnostics];
  const target = read.plan ? resolveTarget(read.plan, options) : undefined;
  appendAll(diagnostics, target?.diagnostics ?? []);
  if (!read.plan || !read.input || !target?.unit || hasErrors(diagnostics)) {
    reportDiagnostics(ctx, diagnostics);
    return EXIT.badInput;
  }
  const { plan } = read.plan;
  const outside = asOfOutsidePeriod(plan, options.asOf);
  if (outside !== undefined) {
    reportDiagnostics(ctx, [...diagnostics, outside]);
    return EXIT.badInput;
  }
  const actuals = await readActuals(ctx, read.plan, options.actuals, options);
  appendAll(diagnostics, actuals.diagnostics);
  const last = options.previous === undefined ? undefined : await readPrevious(ctx, options.previous);
  appendAll(diagnostics, last?.diagnostics ?? []);
  if (hasErrors(actuals.diagnostics) || hasErrors(last?.diagnostics ?? [])) {
    reportDiagnostics(ctx, diagnostics);
    return EXIT.badInput;
  }
  const result = evaluatePlan(plan, actuals.actuals, {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    kaoheVersion: ctx.version,
    inputs: [...read.inputs, ...actuals.inputs],
    ...(last?.previous !== undefined && { previous: last.previous }),
  });
  // Missing actuals do not stop an explanation: they are said, as warnings, and explained as missing.
  const unitId = target.unit.id;
  const own = { ...result, units: result.units.filter((u) => u.id === unitId) };
  const missing = missingActuals(plan, own, actuals.actuals).map(
    (d): Diagnostic => ({
      ...d,
      severity: 'warning',
      hint: errorText('MISSING_ACTUALS', 'explain_hint'),
    }),
  );
  reportDiagnostics(ctx, [...diagnostics, ...missing]);
  const json = options.format === 'json';
  const explanation = explainUnit(
    {
      plan,
      actuals: actuals.actuals,
      result,
      written: (source) => writtenAt(ctx.sources, source),
      // Machines read plain decimals; people read 28,800.
      formatNumber: json ? (t) => t : groupThousands,
    },
    unitId,
    target.indicator?.id,
  );
  ctx.io.stdout.write(json ? renderExplainJson(explanation, ctx.lang) : renderExplainText(explanation, ctx.lang));
  return EXIT.ok;
}
