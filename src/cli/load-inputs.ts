// Reading a plan and its actuals for a command: files → bytes → model, every mistake collected.
import { appendAll } from '../collections.js';
import { checkActualYears } from '../load/actual-years.js';
import { loadActuals } from '../load/actuals/index.js';
import { mergeActuals } from '../load/merge-actuals.js';
import { actualsNotFound, loadPlan, type LoadedPlan, type LoadPlanOptions } from '../load/plan.js';
import { decodeYamlText } from '../load/text.js';
import type { Actual, ActualsFile, Diagnostic } from '../model.js';
import { readInput, type Context } from './context.js';
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

/** Returns the loaded plan (when it is valid), its input record and every diagnostic. */
export async function readPlan(
  ctx: Context,
  path: string,
  options: LoadPlanOptions = {},
): Promise<{ plan?: LoadedPlan; input?: InputRecord; diagnostics: Diagnostic[] }> {
  const read = await readYamlText(ctx, path);
  if (read.text === undefined || read.bytes === undefined) return { diagnostics: read.diagnostics };
  ctx.sources.set(path, read.text);
  const loaded = loadPlan(read.text, path, options);
  return {
    ...(loaded.value ? { plan: loaded.value } : {}),
    input: { path, sha256: sha256(read.bytes) },
    diagnostics: loaded.diagnostics,
  };
}

/** Options for reading actuals files. */
export interface ActualsReadOptions {
  encoding?: string;
  sheet?: string;
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
): Promise<{ actuals: Actual[]; inputs: InputRecord[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const inputs: InputRecord[] = [];
  const files: ActualsFile[] = [];
  const paths = given.length > 0 ? [...given] : loaded.plan.actuals.map((a) => a.path);
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
  return { actuals: merged.value ?? [], inputs, diagnostics };
}
