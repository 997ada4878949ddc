// `kaohe diff OLD NEW`: two results (`score --format json`, one result or an array) or two plans,
// told apart by their content; read → check (schema, with positions) → diff → render → write.
// Exit 0 compared (and, under --exit-code, nothing differs); 1 under --exit-code when something
// differs; 2 bad input, with nothing on stdout.
import { D } from '../../decimal.js';
import { diffPlans, diffResults, type DiffOptions, type Locate } from '../../core/diff.js';
import { formatSource } from '../../source.js';
import { validateResultDocument } from '../../generated/validators.js';
import type { LoadedPlan } from '../../load/plan.js';
import { validateWithPositions, type CompiledValidator, type SchemaError } from '../../load/validate.js';
import { parseYaml, sourceAt, type YamlFile } from '../../load/yaml.js';
import { errorText } from '../../messages/index.js';
import type { Diagnostic, Msg, Result } from '../../model.js';
import { diffReporters, type DiffFormat } from '../../report/diff.js';
import { EXIT, hasErrors, reportDiagnostics, type Context } from '../context.js';
import { loadPlanText, readYamlText } from '../load-inputs.js';
import { formatForOut, writeOutput } from '../output.js';

/** The options of `kaohe diff`. */
export interface DiffCommandOptions {
  /** Absent: the one --out's extension names, else table. */
  format?: DiffFormat;
  /** Decimal text (>= 0), checked by the command line. */
  tolerance?: string;
  exitCode?: boolean;
  out?: string;
  bom?: boolean;
}

type Side = { kind: 'results'; results: Result[] } | { kind: 'plan'; loaded: LoadedPlan };

const RESULT_HINT = errorText('RESULT_INVALID', 'hint');

// One result, or an array of them: each element is checked against the result schema, at its own index.
const validateResults: CompiledValidator = Object.assign(
  (data: unknown): boolean => {
    const validate = validateResultDocument as CompiledValidator;
    const items = Array.isArray(data) ? data : [data];
    const errors: SchemaError[] = [];
    items.forEach((item, i) => {
      const prefix = Array.isArray(data) ? `/${i}` : '';
      if (!validate(item))
        errors.push(...(validate.errors ?? []).map((e) => ({ ...e, instancePath: prefix + e.instancePath })));
    });
    validateResults.errors = errors;
    return errors.length === 0;
  },
  { errors: null },
);

function invalid(y: YamlFile, path: (string | number)[], message: Msg): Diagnostic {
  return { code: 'RESULT_INVALID', severity: 'error', ...sourceAt(y, path), message, hint: RESULT_HINT };
}

// Plans are matched by id: two results of one plan on one side would make the match a guess.
function repeatedPlans(results: readonly Result[]): number[] {
  const seen = new Set<string>();
  const repeated: number[] = [];
  results.forEach((r, i) => {
    if (seen.has(r.plan.id)) repeated.push(i);
    else seen.add(r.plan.id);
  });
  return repeated;
}

function readResults(y: YamlFile): { side?: Side; diagnostics: Diagnostic[] } {
  const schema = validateWithPositions(y, validateResults).map(
    (d): Diagnostic => ({ ...d, code: 'RESULT_INVALID', hint: d.hint ?? RESULT_HINT }),
  );
  if (schema.length > 0) return { diagnostics: schema };
  const results = (Array.isArray(y.data) ? y.data : [y.data]) as Result[];
  const diagnostics = repeatedPlans(results).map((i) =>
    invalid(y, [i, 'plan', 'id'], errorText('RESULT_INVALID', 'repeated_plan', { id: results[i]!.plan.id })),
  );
  return diagnostics.length > 0 ? { diagnostics } : { side: { kind: 'results', results }, diagnostics };
}

const isPlan = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && !Array.isArray(data) && 'indicators' in data;

// A result of a national plan is a 100 MB JSON file: parsed with positions (a YAML document) it would
// take gigabytes, so a valid result is read with JSON.parse, and only a file with a mistake to point at
// (or a plan, or YAML) is parsed again with positions. (JSON.parse lets a repeated key win; `score` never
// writes one, and a result edited by hand is checked against the schema all the same.)
function readValidJson(text: string): Side | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (isPlan(data) || !validateResults(data)) return undefined;
  const results = (Array.isArray(data) ? data : [data]) as Result[];
  return repeatedPlans(results).length === 0 ? { kind: 'results', results } : undefined;
}

// The files behind one side, protected from --out as the sides are: a plan's actuals, a result's recorded inputs.
function filesBehind(side: Side): string[] {
  return side.kind === 'plan'
    ? side.loaded.plan.actuals.map((a) => a.path)
    : side.results.flatMap((r) => r.inputs.map((i) => i.path));
}

/** Diff format → the extension of a file it is written to. */
const DIFF_EXTENSIONS: Record<DiffFormat, string> = {
  table: 'txt',
  csv: 'csv',
  json: 'json',
  markdown: 'md',
  html: 'html',
};

/** Returns one side of the diff (results or a plan, by content), or the diagnostics saying why it cannot be read. */
async function readSide(ctx: Context, path: string): Promise<{ side?: Side; diagnostics: Diagnostic[] }> {
  const read = await readYamlText(ctx, path);
  const text = read.text;
  if (text === undefined) return { diagnostics: read.diagnostics };
  const fast = readValidJson(text);
  if (fast !== undefined) return { side: fast, diagnostics: [] };
  ctx.sources.set(path, text);
  // JSON is YAML: one parser gives both kinds of file their line:col.
  const parsed = parseYaml(text, path);
  const y = parsed.value;
  if (y === undefined) return { diagnostics: parsed.diagnostics };
  // A plan has indicators; anything else is read as results, and the result schema says what is wrong with it.
  if (isPlan(y.data)) {
    const loaded = await loadPlanText(ctx, text, path, { keepYaml: true });
    return { ...(loaded.value && { side: { kind: 'plan', loaded: loaded.value } }), diagnostics: loaded.diagnostics };
  }
  return readResults(y);
}

// One result (or plan) a side: a warning when the two are of different plans, at the new side's plan id. Several
// results a side are matched by plan id, so a plan on one side only is shown as added or removed.
async function otherPlan(ctx: Context, path: string, a: Side, b: Side): Promise<Diagnostic[]> {
  const idOf = (s: Side): string | undefined =>
    s.kind === 'plan' ? s.loaded.plan.id : s.results.length === 1 ? s.results[0]?.plan.id : undefined;
  const [old, now] = [idOf(a), idOf(b)];
  if (old === undefined || now === undefined || old === now) return [];
  const text = ctx.sources.get(path) ?? (await readYamlText(ctx, path)).text ?? '';
  const offset = text.indexOf('"id"', Math.max(0, text.indexOf('"plan"')));
  const before = offset < 0 ? '' : text.slice(0, offset);
  const line = offset < 0 ? 1 : before.split('\n').length;
  const col = offset < 0 ? 1 : offset - before.lastIndexOf('\n');
  ctx.sources.set(path, text);
  return [
    {
      code: 'DIFF_OTHER_PLAN',
      severity: 'warning',
      file: path,
      line,
      col,
      message: errorText('DIFF_OTHER_PLAN', 'message', { old, new: now }),
      hint: errorText('DIFF_OTHER_PLAN', 'hint'),
    },
  ];
}

/** Compares two results or two plans and returns the exit code. */
export async function runDiff(
  ctx: Context,
  oldPath: string,
  newPath: string,
  options: DiffCommandOptions,
): Promise<number> {
  const format = formatForOut(ctx, options.format, options.out, DIFF_EXTENSIONS, 'table');
  if (format === undefined) return EXIT.badInput;
  const [a, b] = [await readSide(ctx, oldPath), await readSide(ctx, newPath)];
  const diagnostics = [...a.diagnostics, ...b.diagnostics];
  if (a.side && b.side && a.side.kind !== b.side.kind) {
    diagnostics.push({
      code: 'USAGE',
      severity: 'error',
      file: newPath,
      line: 1,
      col: 1,
      message: errorText('USAGE', 'compare_kinds', {
        old: errorText('USAGE', a.side.kind === 'plan' ? 'plan' : 'result'),
        new: errorText('USAGE', b.side.kind === 'plan' ? 'plan' : 'result'),
      }),
      hint: errorText('USAGE', 'compare_kinds_hint'),
    });
  }
  if (a.side && b.side) diagnostics.push(...(await otherPlan(ctx, newPath, a.side, b.side)));
  reportDiagnostics(ctx, diagnostics);
  if (hasErrors(diagnostics) || !a.side || !b.side) return EXIT.badInput;
  const diffOptions: DiffOptions = options.tolerance === undefined ? {} : { tolerance: new D(options.tolerance) };
  const locate =
    (loaded: LoadedPlan): Locate =>
    (path) =>
      formatSource(sourceAt(loaded.yaml!, path));
  const diff =
    a.side.kind === 'plan' && b.side.kind === 'plan'
      ? diffPlans(a.side.loaded.plan, b.side.loaded.plan, diffOptions, {
          old: locate(a.side.loaded),
          new: locate(b.side.loaded),
        })
      : diffResults((a.side as { results: Result[] }).results, (b.side as { results: Result[] }).results, diffOptions);
  const text = diffReporters[format](diff, {
    lang: ctx.lang,
    old: oldPath,
    new: newPath,
    bom: Boolean(options.bom),
  });
  const inputs = [oldPath, newPath, ...filesBehind(a.side), ...filesBehind(b.side)];
  if (!(await writeOutput(ctx, text, options.out, inputs))) return EXIT.badInput;
  return options.exitCode && diff.differs ? EXIT.failOn : EXIT.ok;
}
