// `--previous RESULT.json`: last year's kaohe result, for consequences keyed on history (连续两年C级).
// Read once per run; its sha256 goes into each result's inputs; any file that is not one result is PREVIOUS_INVALID.
import { errorText } from '../messages/index.js';
import { validateResultDocument } from '../generated/validators.js';
import { validateWithPositions, type CompiledValidator } from '../load/validate.js';
import { parseYaml } from '../load/yaml.js';
import type { Diagnostic, Plan, PreviousResult, Result, Source } from '../model.js';
import type { Context } from './context.js';
import { sha256 } from './io.js';
import { readYamlText } from './load-inputs.js';

function invalid(d: Omit<Diagnostic, 'code' | 'severity' | 'hint'> & { hint?: Diagnostic['hint'] }): Diagnostic {
  return { ...d, code: 'PREVIOUS_INVALID', severity: 'error', hint: d.hint ?? errorText('PREVIOUS_INVALID', 'hint') };
}

/** Returns last year's result as the cohort phase reads it (each unit's final grade by id), or why it cannot be. */
export async function readPrevious(
  ctx: Context,
  path: string,
): Promise<{ previous?: PreviousResult; diagnostics: Diagnostic[] }> {
  const read = await readYamlText(ctx, path);
  if (read.text === undefined || read.bytes === undefined) return { diagnostics: read.diagnostics };
  const validate = validateResultDocument as CompiledValidator;
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    data = undefined;
  }
  if (data === undefined || !validate(data)) {
    ctx.sources.set(path, read.text);
    const parsed = parseYaml(read.text, path);
    if (parsed.value === undefined) return { diagnostics: parsed.diagnostics.map((d) => invalid(d)) };
    const message = errorText('PREVIOUS_INVALID', Array.isArray(parsed.value.data) ? 'several' : 'message');
    const schema = validateWithPositions(parsed.value, validate).slice(0, 3);
    const first = schema[0] ?? { file: path, line: 1, col: 1 };
    return {
      diagnostics: [invalid({ ...first, message, hint: schema[0]?.message ?? errorText('PREVIOUS_INVALID', 'hint') })],
    };
  }
  const result = data as Result;
  const text = read.text;
  ctx.sources.set(path, text); // for the excerpt under a PREVIOUS_* diagnostic
  const plan = text.indexOf('"plan"');
  return {
    previous: {
      path,
      sha256: sha256(read.bytes),
      planId: result.plan.id,
      grades: new Map(result.units.map((u) => [u.id, u.grade?.final ?? null])),
      period: { ...result.plan.period },
      at: {
        id: positionOf(text, path, text.indexOf('"id"', plan)),
        period: positionOf(text, path, text.indexOf('"period"', plan)),
        units: positionOf(text, path, text.indexOf('"units"', plan)),
      },
    },
    diagnostics: [],
  };
}

// The line and column of a key found in the JSON text (the start of the file when it was not found).
function positionOf(text: string, file: string, offset: number): Source {
  if (offset < 0) return { file, line: 1, col: 1 };
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { file, line, col: offset - before.lastIndexOf('\n') };
}

/**
 * Returns the mistakes of giving `previous` to `plan`: PREVIOUS_PERIOD (error) when its period does not end before the
 * plan's begins, PREVIOUS_NO_MATCH (error) when none of the plan's units is in it, PREVIOUS_PLAN (warning) when it is
 * another plan's result (plan ids often carry the year, so a renamed plan is only warned about).
 */
export function checkPrevious(plan: Plan, previous: PreviousResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  const span = (p: { from: number; to: number }) => (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`);
  if (previous.period.to >= plan.period.from)
    out.push({
      code: 'PREVIOUS_PERIOD',
      severity: 'error',
      ...previous.at.period,
      message: errorText('PREVIOUS_PERIOD', 'message', { previous: span(previous.period), period: span(plan.period) }),
      hint: errorText('PREVIOUS_PERIOD', 'hint'),
    });
  if (!plan.units.some((u) => previous.grades.has(u.id))) {
    const units = [...previous.grades.keys()].slice(0, 5).join(', ') + (previous.grades.size > 5 ? ', …' : '');
    out.push({
      code: 'PREVIOUS_NO_MATCH',
      severity: 'error',
      ...previous.at.units,
      message: errorText('PREVIOUS_NO_MATCH', 'message', { plan: plan.id }),
      hint: errorText('PREVIOUS_NO_MATCH', 'hint', { units }),
    });
  }
  if (previous.planId !== plan.id)
    out.push({
      code: 'PREVIOUS_PLAN',
      severity: 'warning',
      ...previous.at.id,
      message: errorText('PREVIOUS_PLAN', 'message', { previous: previous.planId, plan: plan.id }),
      hint: errorText('PREVIOUS_PLAN', 'hint'),
    });
  return out;
}
