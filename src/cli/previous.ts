// `--previous RESULT.json`: last year's kaohe result, for consequences keyed on history (连续两年C级).
// Read once per run; its sha256 goes into each result's inputs; any file that is not one result is PREVIOUS_INVALID.
import { errorText } from '../messages/index.js';
import { validateResultDocument } from '../generated/validators.js';
import { validateWithPositions, type CompiledValidator } from '../load/validate.js';
import { parseYaml } from '../load/yaml.js';
import type { Diagnostic, PreviousResult, Result } from '../model.js';
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
  return {
    previous: {
      path,
      sha256: sha256(read.bytes),
      planId: result.plan.id,
      grades: new Map(result.units.map((u) => [u.id, u.grade?.final ?? null])),
    },
    diagnostics: [],
  };
}
