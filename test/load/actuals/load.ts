// Test helpers: load actuals from text or bytes against the test plan, and show them as plain rows.
import { toPlain } from '../../../src/decimal.js';
import { loadActuals, type ActualsOptions } from '../../../src/load/actuals/index.js';
import type { Actual, ActualsFile, Loaded, Plan } from '../../../src/model.js';
import { makePlan } from './make-plan.js';

/** Returns what loadActuals reads from `content` (text is UTF-8) under the name `path`. */
export function load(
  path: string,
  content: string | Uint8Array,
  options?: ActualsOptions,
  plan: Plan = makePlan(),
): Promise<Loaded<ActualsFile>> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return loadActuals({ path, bytes }, plan, options);
}

/** Returns actuals as sorted `unit indicator year value` lines, values as plain text (∅ for missing). */
export function plainRows(actuals: readonly Actual[]): string[] {
  return actuals
    .map((a) => `${a.unit} ${a.indicator} ${a.year ?? '-'} ${a.value === null ? '∅' : toPlain(a.value)}`)
    .sort();
}

/** Returns each diagnostic as `code file:where` (where = cell, or line:col). */
export function places(loaded: Loaded<ActualsFile>): string[] {
  return loaded.diagnostics.map((d) => `${d.code} ${d.file}:${d.cell ?? `${d.line}:${d.col}`}`);
}
