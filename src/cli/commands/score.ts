// `kaohe score PLAN...`: read each plan and its actuals, score exactly, render, write.
// Exit 0 scored; 1 scored and --fail-on matched; 2 bad input or missing actuals (nothing on stdout).
import { appendAll } from '../../collections.js';
import { evaluatePlan } from '../../core/evaluate.js';
import { failOnMatches, type FailOn } from '../../core/exit-code.js';
import type { Diagnostic, Plan, PreviousResult, Result } from '../../model.js';
import { readPrevious } from '../previous.js';
import { posix } from 'node:path';
import {
  BINARY_SCORE_FORMATS,
  FORMATS_CARRYING_ERRORS,
  SCORE_FORMATS,
  type BinaryScoreFormat,
} from '../../report/formats.js';
import { scoreReporters, type ScoreFormat } from '../../report/index.js';
import { renderJsonChunks, renderJsonLinesChunks } from '../../report/json.js';
import { expandPlanPaths } from '../expand-paths.js';
import { hasErrors, reportDiagnostics, type Context } from '../context.js';
import { readActuals, readPlan, type ActualsReadOptions } from '../load-inputs.js';
import { writeOutput, type OutputData } from '../output.js';

/** The options of `kaohe score`. */
export interface ScoreCommandOptions extends ActualsReadOptions {
  actuals: string[];
  format: ScoreFormat | BinaryScoreFormat;
  out?: string;
  asOf?: number;
  allowMissing?: boolean;
  failOn?: FailOn[];
  bom?: boolean;
  outDir?: string;
  quiet?: boolean;
  previous?: string;
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
      const inYears =
        years.length > 0 ? { en: ` for ${years.join(', ')}`, zh: `(${years.join('、')}年)` } : { en: '', zh: '' };
      out.push({
        code: 'MISSING_ACTUALS',
        severity: 'error',
        ...at,
        message: {
          en: `no actual for ${unit.name} (${unit.id}) / ${ind.name ?? ind.id}${inYears.en}`,
          zh: `缺少 ${unit.name}(${unit.id})/ ${ind.name ?? ind.id} 的实际数据${inYears.zh}`,
        },
        hint: {
          en: 'fill it in, or score with --allow-missing to mark the unit incomplete',
          zh: '请补填数据,或使用 --allow-missing 将该单位标记为数据不全',
        },
      });
    }
  }
  return out;
}

/** One plan's outcome: its result, or nothing when its inputs had errors. */
interface Scored {
  path: string;
  result?: Result;
}

/** Reads, checks and scores one plan; diagnostics go into `diagnostics`. */
async function scorePlan(
  ctx: Context,
  path: string,
  options: ScoreCommandOptions,
  diagnostics: Diagnostic[],
  readPaths: string[],
  previous?: PreviousResult,
): Promise<Result | undefined> {
  const read = await readPlan(ctx, path);
  appendAll(diagnostics, read.diagnostics);
  if (!read.plan || !read.input) return undefined;
  readPaths.push(path);
  const { plan } = read.plan;
  if (options.asOf !== undefined && (options.asOf < plan.period.from || options.asOf > plan.period.to)) {
    diagnostics.push({
      code: 'USAGE',
      severity: 'error',
      ...plan.source,
      message: {
        en: `--as-of ${options.asOf} is outside the plan's period ${plan.period.from}–${plan.period.to}`,
        zh: `--as-of ${options.asOf} 不在方案考核期 ${plan.period.from}–${plan.period.to} 内`,
      },
      hint: {
        en: `give a year from ${plan.period.from} to ${plan.period.to}`,
        zh: `请指定 ${plan.period.from} 至 ${plan.period.to} 之间的年份`,
      },
    });
    return undefined;
  }
  const actuals = await readActuals(ctx, read.plan, options.actuals, options);
  appendAll(diagnostics, actuals.diagnostics);
  appendAll(
    readPaths,
    actuals.inputs.map((i) => i.path),
  );
  if (hasErrors(actuals.diagnostics)) return undefined;
  const result = evaluatePlan(plan, actuals.actuals, {
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    allowMissing: Boolean(options.allowMissing),
    kaoheVersion: ctx.version,
    inputs: [read.input, ...actuals.inputs],
    ...(previous !== undefined && { previous }),
  });
  if (!options.allowMissing) {
    const missing = missingActuals(plan, result);
    appendAll(diagnostics, missing);
    if (missing.length > 0) return undefined;
  }
  return result;
}

/** The formats written in pieces as they are made, each giving exactly its reporter's text. */
const STREAMED: Partial<Record<ScoreFormat, typeof renderJsonChunks>> = {
  json: renderJsonChunks,
  jsonl: renderJsonLinesChunks,
};

/** Scores every plan named (files, directories, globs) and returns the exit code. */
export async function runScore(ctx: Context, args: string[], options: ScoreCommandOptions): Promise<number> {
  if (binaryOnTerminal(ctx, args, options)) return 2;
  const expanded = await expandPlanPaths(ctx.io, args, async (p) => headOf(await ctx.io.readFile(p)));
  const diagnostics: Diagnostic[] = [...expanded.diagnostics];
  const readPaths: string[] = [];
  const scored: Scored[] = [];
  const last = options.previous === undefined ? undefined : await readPrevious(ctx, options.previous);
  if (last !== undefined) {
    appendAll(diagnostics, last.diagnostics);
    readPaths.push(options.previous as string);
  }
  const progress = startProgress(ctx, expanded.paths.length);
  for (const path of expanded.paths) {
    if (last !== undefined && last.previous === undefined) break;
    const result = await scorePlan(ctx, path, options, diagnostics, readPaths, last?.previous);
    scored.push({ path, ...(result ? { result } : {}) });
    progress.tick(path);
  }
  progress.done();
  const results = scored.flatMap((s) => (s.result ? [s.result] : []));
  reportDiagnostics(ctx, options.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics);
  const failed = hasErrors(diagnostics);
  const render = async (list: Result[], color: boolean): Promise<OutputData> => {
    // exceljs is imported only on this path: it costs about 300 ms.
    if (options.format === 'xlsx')
      return (await import('../../report/xlsx.js')).renderResultsXlsx(list, { lang: ctx.lang, color: false });
    const renderOptions = { lang: ctx.lang, color, bom: Boolean(options.bom), diagnostics };
    // JSON is written as it is made, a unit at a time: a national result is 120 MB of text.
    const streamed = STREAMED[options.format];
    return streamed === undefined ? scoreReporters[options.format](list, renderOptions) : streamed(list, renderOptions);
  };
  let written = true;
  if (options.outDir !== undefined) {
    written = await writeEach(ctx, results, options, readPaths, (r) => render([r], false));
  } else if (!failed || FORMATS_CARRYING_ERRORS.has(options.format)) {
    const text = await render(results, options.out ? false : ctx.colorOut);
    if (!options.quiet || options.out) written = await writeOutput(ctx, text, options.out, readPaths);
  }
  if (failed || !written) return 2;
  return options.failOn && failOnMatches(results, options.failOn) ? 1 : 0;
}

/** Writes one file per result into --out-dir, named by plan id; returns false if any could not be written. */
async function writeEach(
  ctx: Context,
  results: Result[],
  options: ScoreCommandOptions,
  inputs: string[],
  render: (r: Result) => Promise<OutputData>,
): Promise<boolean> {
  const dir = options.outDir!;
  if ((await ctx.io.stat(dir)) !== 'directory') {
    reportDiagnostics(ctx, [
      {
        code: 'OUTPUT_WRITE',
        severity: 'error',
        file: dir,
        line: 1,
        col: 1,
        message: { en: `--out-dir ${dir} is not a directory`, zh: `--out-dir ${dir} 不是目录` },
        hint: { en: 'create it first (mkdir -p)', zh: '请先创建该目录(mkdir -p)' },
      },
    ]);
    return false;
  }
  let ok = true;
  const used = new Set<string>();
  for (const result of results) {
    const name = `${result.plan.id}.${SCORE_FORMATS[options.format]}`;
    if (used.has(name)) {
      reportDiagnostics(ctx, [
        {
          code: 'USAGE',
          severity: 'error',
          file: result.inputs[0]?.path ?? name,
          line: 1,
          col: 1,
          message: {
            en: `two plans have the id ${result.plan.id}: their results would share ${name}`,
            zh: `两个方案的 id 都是 ${result.plan.id}:结果文件 ${name} 会重名`,
          },
          hint: { en: 'give each plan its own plan.id', zh: '请为每个方案设置不同的 plan.id' },
        },
      ]);
      ok = false;
      continue;
    }
    used.add(name);
    ok = (await writeOutput(ctx, await render(result), posix.join(dir, name), inputs)) && ok;
  }
  return ok;
}

/**
 * Reports and returns true when a binary format (xlsx) would go to stdout on a terminal: into a file or a pipe only.
 */
function binaryOnTerminal(ctx: Context, args: string[], options: ScoreCommandOptions): boolean {
  if (
    !(options.format in BINARY_SCORE_FORMATS) ||
    options.out !== undefined ||
    options.outDir !== undefined ||
    !ctx.io.stdout.isTTY
  )
    return false;
  reportDiagnostics(ctx, [
    {
      code: 'USAGE',
      severity: 'error',
      file: args[0] ?? '.',
      line: 1,
      col: 1,
      message: {
        en: `--format ${options.format} is binary and is not written to a terminal`,
        zh: `--format ${options.format} 输出二进制文件,不输出到终端`,
      },
      hint: {
        en: `add --out results.${options.format} or --out-dir DIR (or redirect stdout to a file)`,
        zh: `请加上 --out results.${options.format} 或 --out-dir 目录(或将标准输出重定向到文件)`,
      },
    },
  ]);
  return true;
}

function headOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes.subarray(0, 65536));
}

/** A progress line on stderr for long runs: only on a terminal, never in CI or a pipe. */
function startProgress(ctx: Context, total: number): { tick(path: string): void; done(): void } {
  const active = ctx.io.stderr.isTTY && !ctx.io.env.CI && total >= 5;
  let count = 0;
  return {
    tick(path) {
      if (!active) return;
      count++;
      const width = 24;
      const filled = Math.round((count / total) * width);
      ctx.io.stderr.write(
        `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${path.slice(-40)}\x1b[K`,
      );
    },
    done() {
      if (active) ctx.io.stderr.write('\r\x1b[K');
    },
  };
}
