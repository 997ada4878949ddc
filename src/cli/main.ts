// The command line: commander parses, each command module runs read → check → compute → render
// → write and returns the exit code. Command modules are imported only when their command runs.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SCORE_FORMATS, TEMPLATE_FORMATS } from '../report/formats.js';
import { DIFF_FORMATS } from '../report/diff-rows.js';
import { EXPLAIN_FORMATS } from '../report/explain.js';
import { VERSION } from '../generated/version.js';
import type { Lang } from '../model.js';
import type { Context } from './context.js';
import type { Io } from './io.js';

/** Exit codes: 0 scored/valid; 1 scored and --fail-on matched (or diff found changes); 2 bad input or usage; 3 internal error. */
export const EXIT = { ok: 0, failOn: 1, badInput: 2, internal: 3 } as const;

/** Returns the language from the environment: zh for a zh_* locale, else en. */
export function langFromEnv(env: Io['env']): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

// Kept as decimal text, never a float: --tolerance 0.1 is exactly one tenth.
function parseTolerance(value: string): string {
  if (!/^[0-9]+(\.[0-9]+)?$/.test(value)) throw new InvalidArgumentError('a number of at least 0, like 0.5 / 请给出不小于 0 的数,如 0.5');
  return value;
}

function parseYear(value: string): number {
  if (!/^[0-9]{4}$/.test(value)) throw new InvalidArgumentError('a four-digit year, like 2023 / 请给出四位年份,如 2023');
  return Number(value);
}

const FAIL_ON = ['missed', 'incomplete', 'penalty'];
function parseFailOn(value: string): string[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.find((s) => !FAIL_ON.includes(s));
  if (bad !== undefined || list.length === 0) throw new InvalidArgumentError(`one or more of ${FAIL_ON.join(', ')} / 可选 ${FAIL_ON.join('、')}`);
  return list;
}

interface GlobalOptions {
  lang?: Lang;
  color: boolean;
  debug?: boolean;
}

function makeContext(io: Io, opts: GlobalOptions): Context {
  const colorAllowed = opts.color && io.env.NO_COLOR === undefined;
  return {
    io,
    lang: opts.lang ?? langFromEnv(io.env),
    color: colorAllowed && io.stderr.isTTY,
    colorOut: colorAllowed && io.stdout.isTTY,
    debug: Boolean(opts.debug),
    version: VERSION,
    sources: new Map(),
  };
}

/** Runs kaohe with `argv` (as process.argv: node, script, args…) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const program = new Command('kaohe');
  const run = (load: () => Promise<(ctx: Context, ...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = makeContext(io, command.optsWithGlobals<GlobalOptions>());
      debug = ctx.debug;
      const handler = await load();
      exitCode = await (handler as (ctx: Context, ...rest: unknown[]) => Promise<number>)(ctx, ...args.slice(0, -1));
    };

  program
    .description('考核 — scores government employment-target assessments exactly / 就业目标责任考核计分工具')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--lang <lang>', 'language of labels and messages / 输出语言').choices(['zh', 'en']))
    .option('--no-color', 'no colour, also when NO_COLOR is set / 不使用颜色')
    .option('--debug', 'show stack traces of internal errors / 显示内部错误的堆栈')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description('check plans and actuals files; errors as FILE:LINE:COL / 校验方案和数据文件')
    .argument('<files...>', 'plan (.yaml) and actuals (.csv .yaml .xlsx) files')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'junit', 'github']).default('text'))
    .option('--encoding <name>', 'encoding of CSV actuals (utf8, gb18030, gbk); detected when not given')
    .option('--sheet <name>', 'sheet of .xlsx actuals (default: the first)')
    .action(run(async () => (await import('./commands/validate.js')).runValidate));

  program
    .command('score')
    .description('score plans against their actuals / 计算考核结果')
    .argument('<plans...>', 'plan files (.yaml)')
    .option('--actuals <file>', 'actuals file (repeatable); default: the plan\'s own actuals:', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(Object.keys(SCORE_FORMATS)).default('table'))
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .addOption(new Option('--out-dir <dir>', 'write one result per plan into this directory, named <plan id>.<format>').conflicts('out'))
    .option('-q, --quiet', 'print nothing but errors')
    .option('--as-of <year>', 'score a multi-year plan part-way, as of this year', parseYear)
    .option('--allow-missing', 'score units with missing actuals as incomplete instead of failing')
    .option('--fail-on <conditions>', 'exit 1 when any unit matches: missed, incomplete, penalty (comma-separated)', parseFailOn)
    .option('--bom', 'start CSV output with a UTF-8 BOM, for Excel')
    .option('--encoding <name>', 'encoding of CSV actuals (utf8, gb18030, gbk); detected when not given')
    .option('--sheet <name>', 'sheet of .xlsx actuals (default: the first)')
    .action(run(async () => (await import('./commands/score.js')).runScore));

  program
    .command('explain')
    .description('the arithmetic of one unit, each number with its source / 逐步说明一个单位的计算及数据来源')
    .argument('<plan>', 'plan file (.yaml)')
    .requiredOption('--unit <unit>', 'unit id or name')
    .option('--indicator <indicator>', 'only this indicator (id or name) and the rules on it')
    .option('--actuals <file>', 'actuals file (repeatable); default: the plan\'s own actuals:', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(EXPLAIN_FORMATS).default('text'))
    .option('--encoding <name>', 'encoding of CSV actuals (utf8, gb18030, gbk); detected when not given')
    .option('--sheet <name>', 'sheet of .xlsx actuals (default: the first)')
    .action(run(async () => (await import('./commands/explain.js')).runExplain));

  program
    .command('diff')
    .description('what changed between two results or two plans / 比较两个结果或两个方案')
    .argument('<old>', 'result (score --format json) or plan')
    .argument('<new>', 'result (score --format json) or plan')
    .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('table'))
    .option('--tolerance <n>', 'ignore numeric changes of at most N', parseTolerance)
    .option('--exit-code', 'exit 1 when anything differs, 0 when nothing does')
    .option('--out <file>', 'write to this file (atomically) instead of stdout')
    .option('--bom', 'start CSV output with a UTF-8 BOM, for Excel')
    .action(run(async () => (await import('./commands/diff.js')).runDiff));

  program
    .command('template')
    .description('an actuals sheet for clerks to fill in / 生成供填报的实际数据表')
    .argument('<plan>', 'plan file (.yaml)')
    .addOption(new Option('--format <format>', 'csv (UTF-8 with BOM) or xlsx; default: xlsx when --out ends in .xlsx, else csv').choices(TEMPLATE_FORMATS))
    .option('--out <file>', 'write to this file (atomically) instead of stdout; an .xlsx is never written to a terminal')
    .action(run(async () => (await import('./commands/template.js')).runTemplate));

  program
    .command('init')
    .description('write a starter plan, actuals and the plan schema into DIR / 生成示例方案和数据')
    .argument('[dir]', 'directory (created if missing)', '.')
    .action(run(async () => (await import('./commands/init.js')).runInit));

  program
    .command('schema')
    .description('print a JSON Schema / 输出 JSON Schema')
    .addArgument(new Argument('[which]', 'which schema').choices(['plan', 'actuals', 'result']).default('plan'))
    .action(run(async () => (await import('./commands/schema.js')).runSchema));

  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      return EXIT.badInput;
    }
    io.stderr.write(`kaohe: internal error (a bug — please report it): ${(error as Error).message}\n`);
    if (debug) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    else io.stderr.write('run again with --debug for the stack trace\n');
    return EXIT.internal;
  }
}
