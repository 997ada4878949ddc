// The command line: commander parses, each command module runs read → check → compute → render
// → write and returns the exit code. Command modules are imported only when their command runs.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { SCORE_FORMATS, TEMPLATE_FORMATS } from '../report/formats.js';
import { DIFF_FORMATS } from '../report/diff-rows.js';
import { EXPLAIN_FORMATS } from '../report/explain.js';
import { VERSION } from '../generated/version.js';
import { errorText } from '../messages/index.js';
import { listOf } from '../messages/text.js';
import type { Lang, Msg } from '../model.js';
import { EXIT, type Context } from './context.js';
import type { Io } from './io.js';
import { helpIn, helpWordsIn, langFromArgv, type HelpKey } from './help-text.js';
import { usageErrorIn } from './usage-errors.js';

/** Returns the language from the environment: zh for a zh_* locale, else en. */
export function langFromEnv(env: Io['env']): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const FAIL_ON = ['missed', 'incomplete', 'penalty'];

// The parsers of option values, their mistakes said in the language the command line or the locale asks for (read
// from argv before commander parses, so known here).
function parsersIn(lang: Lang) {
  const refuse = (text: Msg) => new InvalidArgumentError(text[lang]);
  return {
    // Kept as decimal text, never a float: --tolerance 0.1 is exactly one tenth.
    tolerance(value: string): string {
      if (!/^[0-9]+(\.[0-9]+)?$/.test(value)) throw refuse(errorText('USAGE', 'tolerance'));
      return value;
    },
    year(value: string): number {
      if (!/^[0-9]{4}$/.test(value)) throw refuse(errorText('USAGE', 'year'));
      return Number(value);
    },
    failOn(value: string): string[] {
      const list = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const bad = list.find((s) => !FAIL_ON.includes(s));
      if (bad !== undefined || list.length === 0)
        throw refuse(errorText('USAGE', 'fail_on', { choices: listOf(FAIL_ON) }));
      return list;
    },
  };
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

/** Adds the options every command that reads actuals has. */
function withActualsOptions(command: Command, t: (key: HelpKey) => string): Command {
  return command
    .option('--actuals <file>', t('actuals'), collect, [])
    .option('--encoding <name>', t('encoding'))
    .option('--sheet <name>', t('sheet'))
    .option('--accept-outliers', t('acceptOutliers'));
}

/** Runs kaohe with `argv` (as process.argv: node, script, args…) and returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  let debug = argv.includes('--debug');
  const lang = langFromArgv(argv) ?? langFromEnv(io.env);
  const t = helpIn(lang);
  const parse = parsersIn(lang);
  const program = new Command('kaohe');
  const run =
    (load: () => Promise<(ctx: Context, ...args: never[]) => Promise<number>>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = makeContext(io, command.optsWithGlobals<GlobalOptions>());
      debug = ctx.debug;
      const handler = await load();
      exitCode = await (handler as (ctx: Context, ...rest: unknown[]) => Promise<number>)(ctx, ...args.slice(0, -1));
    };
  const format = (choices: readonly string[], fallback?: string) => {
    const option = new Option('--format <format>', t(fallback === undefined ? 'formatOut' : 'format')).choices(choices);
    return fallback === undefined ? option : option.default(fallback);
  };

  program
    .description(t('program'))
    .version(VERSION, '-V, --version', t('version'))
    .helpOption('-h, --help', t('help'))
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', t('lang')).choices(['zh', 'en']))
    .option('--no-color', t('noColor'))
    .option('--debug', t('debug'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's own usage errors, in the user's language
      outputError: (text, write) => write(usageErrorIn(text, lang)),
    })
    .configureHelp(helpWordsIn(lang))
    .showSuggestionAfterError(true);

  program
    .command('validate')
    .description(t('validate'))
    .argument('<files...>', t('validateFiles'))
    .addOption(format(['text', 'json', 'junit', 'github'], 'text'))
    .option('--actuals <file>', t('actuals'), collect, [])
    .option('--encoding <name>', t('encoding'))
    .option('--sheet <name>', t('sheet'))
    .option('--accept-outliers', t('acceptOutliers'))
    .option('--allow-missing', t('allowMissing'))
    .action(run(async () => (await import('./commands/validate.js')).runValidate));

  withActualsOptions(program.command('score').description(t('score')).argument('<plans...>', t('scorePlans')), t)
    .addOption(format(Object.keys(SCORE_FORMATS)))
    .option('--out <file>', t('out'))
    .addOption(new Option('--out-dir <dir>', t('outDir')).conflicts('out'))
    .option('-q, --quiet', t('quiet'))
    .option('--as-of <year>', t('asOf'), parse.year)
    .option('--allow-missing', t('allowMissing'))
    .option('--fail-on <conditions>', t('failOn'), parse.failOn)
    .option('--bom', t('bom'))
    .option('--wide', t('wide'))
    .option('--previous <result>', t('previous'))
    .action(run(async () => (await import('./commands/score.js')).runScore));

  withActualsOptions(program.command('explain').description(t('explain')).argument('<plan>', t('plan')), t)
    .requiredOption('--unit <unit>', t('unit'))
    .option('--indicator <indicator>', t('indicator'))
    .option('--as-of <year>', t('asOf'), parse.year)
    .option('--previous <result>', t('previous'))
    .addOption(format(EXPLAIN_FORMATS, 'text'))
    .action(run(async () => (await import('./commands/explain.js')).runExplain));

  program
    .command('diff')
    .description(t('diff'))
    .argument('<old>', t('old'))
    .argument('<new>', t('old'))
    .addOption(format(DIFF_FORMATS))
    .option('--tolerance <n>', t('tolerance'), parse.tolerance)
    .option('--exit-code', t('exitCode'))
    .option('--out <file>', t('out'))
    .option('--bom', t('bom'))
    .action(run(async () => (await import('./commands/diff.js')).runDiff));

  program
    .command('template')
    .description(t('template'))
    .argument('<plan>', t('plan'))
    .addOption(new Option('--format <format>', t('templateFormat')).choices(TEMPLATE_FORMATS))
    .option('--out <file>', t('out'))
    .option('--targets', t('templateTargets'))
    .action(run(async () => (await import('./commands/template.js')).runTemplate));

  program
    .command('init')
    .description(t('init'))
    .argument('[dir]', t('dir'), '.')
    .action(run(async () => (await import('./commands/init.js')).runInit));

  program
    .command('schema')
    .description(t('schema'))
    .addArgument(new Argument('[which]', t('which')).choices(['plan', 'actuals', 'result']).default('plan'))
    .action(run(async () => (await import('./commands/schema.js')).runSchema));

  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      if (error.code !== 'commander.help') io.stderr.write(`${t('usageHint')}\n`);
      return EXIT.badInput;
    }
    io.stderr.write(`${t('internal')}: ${(error as Error).message}\n`);
    io.stderr.write(debug ? `${(error as Error).stack ?? ''}\n` : `${t('debugHint')}\n`);
    return EXIT.internal;
  }
}
