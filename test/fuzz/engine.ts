// Fuzzing as a standing check: seeded mutations of plans, CSV, YAML and xlsx actuals and result JSON, each run
// through the command line and held to what kaohe promises whatever it is given: exit 0, 1 or 2 (never 3, an internal
// error), no stack trace, nothing on stdout on exit 2, JSON output that parses and meets the result schema (so no NaN
// or Infinity where a decimal belongs), no NaN/Infinity in text output unless the input had it, and validate and
// score agreeing on whether the inputs are valid. Case `seed` is the same input on every machine: a failure is
// reproduced by its seed alone.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateResultDocument } from '../../src/generated/validators.js';
import type { CompiledValidator } from '../../src/load/validate.js';
import { mutateBytes, mutateText, randomFor, type Random } from './mutate.js';

/** A captured run of the command line. */
export interface FuzzRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kaohe ARGS` and returns what it did. */
export type RunCli = (args: string[]) => Promise<FuzzRun>;

/** One input that broke a promise: its seed reproduces it. */
export interface FuzzFailure {
  seed: number;
  kind: CaseKind;
  args: string[];
  why: string;
}

/** What a run of the fuzzer found. */
export interface FuzzReport {
  inputs: number;
  failures: FuzzFailure[];
  /** The slowest input, in milliseconds, and its seed. */
  slowest: { seed: number; ms: number };
}

type CaseKind = 'plan' | 'csv' | 'yaml' | 'xlsx' | 'result';

/** A plan of the corpus and the actuals file it names. */
interface Seed {
  plan: string;
  planText: string;
  actualsName: string;
  actualsText: string;
}

/** The inputs mutations start from, read once from the repository. */
export interface Corpus {
  seeds: Seed[];
  results: string[];
  yamlActuals: string;
  xlsx: Uint8Array;
}

const PLANS = [
  'fixtures/errors/valid.yaml',
  'plans/city-2010.yaml',
  'plans/changchun-2014-2016.yaml',
  'plans/shandong-2011-2015.yaml',
  'fixtures/batch/county-b-2021-2023.yaml',
  'fixtures/audit/wan.yaml',
];

/** Returns the corpus, with every plan's actuals copied into `dir` under the name its plan gives. */
export function loadCorpus(dir: string): Corpus {
  mkdirSync(dir, { recursive: true });
  const seeds = PLANS.map((plan) => {
    const own = readFileSync(plan, 'utf8');
    // fixtures/errors/valid.yaml names no actuals: it is given its complete ones
    const planText = /^actuals:/m.test(own) ? own : `${own}actuals: [complete.csv]\n`;
    const actualsName = /^actuals: \[([^\]]+)\]/m.exec(planText)![1]!;
    const actualsText = readFileSync(join(plan, '..', actualsName), 'utf8');
    writeFileSync(join(dir, actualsName), actualsText);
    return { plan, planText, actualsName, actualsText };
  });
  return {
    seeds,
    results: ['fixtures/audit/city-2010-v1.json', 'fixtures/audit/city-2010-v2.json'].map((p) =>
      readFileSync(p, 'utf8'),
    ),
    yamlActuals: [
      'kaohe: 1',
      'actuals:',
      '  year: 2010',
      '  values:',
      '    chengguan: {urban_new_jobs: 6184, unemployment_rate: 4.2}',
      '    东城区: {城镇新增就业: "4,890", unemployment_rate: 4.5}',
      '',
    ].join('\n'),
    xlsx: readFileSync('fixtures/errors/complete.xlsx'),
  };
}

// A stack frame as Node prints one: never in what a user sees.
const STACK = /\n\s+at .+:\d+:\d+\)?\n/;
const NON_FINITE = /NaN|Infinity/;

/** The checks every run must pass; returns why it did not, or undefined. */
function checkRun(run: FuzzRun, parse: Parse, inputText: string): string | undefined {
  if (![0, 1, 2].includes(run.code)) return `exit ${run.code}: ${run.stderr.slice(0, 400)}`;
  if (STACK.test(run.stderr)) return `stack trace: ${run.stderr.slice(0, 400)}`;
  if (run.code === 2 && run.stdout !== '') return 'stdout not empty on exit 2';
  if (run.code === 2) return undefined;
  if (parse !== 'text') {
    let docs: unknown[];
    try {
      const texts = parse === 'jsonl' ? run.stdout.split('\n').filter(Boolean) : [run.stdout];
      docs = texts.map((t) => JSON.parse(t) as unknown);
    } catch {
      return `output is not ${parse}: ${run.stdout.slice(0, 200)}`;
    }
    const validate = validateResultDocument as CompiledValidator;
    for (const doc of parse === 'json' ? docs : []) {
      for (const result of Array.isArray(doc) ? doc : [doc]) {
        if (!validate(result)) return `output does not meet the result schema: ${JSON.stringify(validate.errors?.[0])}`;
      }
    }
  }
  if (NON_FINITE.test(run.stdout) && !NON_FINITE.test(inputText)) return 'NaN or Infinity in the output';
  return undefined;
}

const KINDS: CaseKind[] = ['plan', 'plan', 'csv', 'csv', 'csv', 'yaml', 'result', 'plan', 'csv', 'yaml'];
const TEXT_FORMATS = ['table', 'csv', 'markdown', 'jsonl'];

/** Builds input `seed` in `dir`, runs the commands it calls for, and returns the failure, if any. */
async function runCase(
  seed: number,
  corpus: Corpus,
  dir: string,
  run: RunCli,
): Promise<{ failure?: FuzzFailure; args: string[] }> {
  const random = randomFor(seed);
  // one input in 25 is a workbook: writing one takes ExcelJS tens of milliseconds
  const kind: CaseKind = seed % 25 === 24 ? 'xlsx' : KINDS[seed % KINDS.length]!;
  const base = random.pick(corpus.seeds);
  const commands = await buildInput(kind, base, corpus, dir, random);
  const runs: FuzzRun[] = [];
  for (const { args, parse, input } of commands) {
    const result = await run(args);
    runs.push(result);
    const why = checkRun(result, parse, input);
    if (why !== undefined) return { failure: { seed, kind, args, why }, args };
  }
  // validate, then score with --allow-missing: the same inputs are valid to both or to neither
  const apart = kind === 'result' ? undefined : disagreement(runs[0]!, runs[1]!);
  if (apart !== undefined) return { failure: { seed, kind, args: commands[1]!.args, why: apart }, args: [] };
  return { args: commands[0]!.args };
}

/**
 * How a command's stdout is checked: `json`, a result (or a list of them) that meets the result schema; `jsonl`, a
 * result per line; `diff-json`, JSON; `text`, only for NaN and Infinity.
 */
type Parse = 'json' | 'jsonl' | 'diff-json' | 'text';

interface Command {
  args: string[];
  parse: Parse;
  input: string;
}

// Writes the mutated input and returns the commands to run on it: validate and score (checked against each other,
// below), or diff for a result.
async function buildInput(kind: CaseKind, base: Seed, corpus: Corpus, dir: string, random: Random): Promise<Command[]> {
  const planPath = join(dir, 'plan.yaml');
  if (kind === 'result') {
    const text = mutateText(random.pick(corpus.results), random);
    writeFileSync(join(dir, 'result.json'), text);
    const old = join(dir, 'old.json');
    writeFileSync(old, corpus.results[0]!);
    return [{ args: ['diff', old, join(dir, 'result.json'), '--format', 'json'], parse: 'diff-json', input: text }];
  }
  const planText = kind === 'plan' ? mutateText(base.planText, random) : base.planText;
  writeFileSync(planPath, planText);
  let actuals: string[] = [];
  let input = planText;
  if (kind === 'csv' || kind === 'yaml') {
    const text = mutateText(kind === 'csv' ? base.actualsText : corpus.yamlActuals, random);
    const path = join(dir, `actuals.${kind}`);
    writeFileSync(path, random.chance(0.1) ? mutateBytes(Buffer.from(text), random) : text);
    actuals = [path];
    input += text;
    if (kind === 'yaml') writeFileSync(planPath, corpus.seeds[0]!.planText);
  } else if (kind === 'xlsx') {
    const path = join(dir, 'actuals.xlsx');
    writeFileSync(path, await mutateWorkbook(corpus.xlsx, random));
    writeFileSync(planPath, corpus.seeds[0]!.planText);
    actuals = [path];
    input = '';
  }
  const given = actuals.flatMap((a) => ['--actuals', a]);
  const commands: Command[] = [
    // validate as score is run: a target without its actual is MISSING_ACTUALS to both, unless --allow-missing
    { args: ['validate', planPath, ...given, '--allow-missing'], parse: 'text', input },
    { args: ['score', planPath, ...given, '--allow-missing', '--format', 'json'], parse: 'json', input },
  ];
  // one input in four is also rendered as text (table, csv, markdown or jsonl)
  if (random.chance(0.25)) {
    const format = random.pick(TEXT_FORMATS);
    const parse = format === 'jsonl' ? 'jsonl' : 'text';
    commands.push({ args: ['score', planPath, ...given, '--allow-missing', '--format', format], parse, input });
  }
  return commands;
}

// A workbook with mutated cells (through ExcelJS, so the zip stays readable) or, one time in four, mutated bytes.
async function mutateWorkbook(bytes: Uint8Array, random: Random): Promise<Uint8Array> {
  if (random.chance(0.25)) return mutateBytes(Buffer.from(bytes), random);
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  for (let i = random.int(1, 4); i > 0; i--) {
    const cell = sheet.getCell(random.int(1, 6), random.int(1, 4));
    const text = mutateText(String(cell.value ?? ''), random);
    cell.value = random.chance(0.2) ? { formula: text, result: random.chance(0.5) ? text : undefined } : text;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Options of a fuzz run: the seeds [from, from + count), where to write inputs, and how to run the CLI. */
export interface FuzzOptions {
  run: RunCli;
  dir: string;
  from: number;
  count: number;
  /** Called before each input (the bench's watchdog hears of each). */
  onCase?(seed: number): void;
}

/** Runs the inputs of seeds [from, from + count) and returns what was found. */
export async function fuzz(options: FuzzOptions): Promise<FuzzReport> {
  const corpus = loadCorpus(options.dir);
  const report: FuzzReport = { inputs: 0, failures: [], slowest: { seed: options.from, ms: 0 } };
  for (let seed = options.from; seed < options.from + options.count; seed++) {
    options.onCase?.(seed);
    const started = performance.now();
    const { failure } = await runCase(seed, corpus, options.dir, options.run);
    const ms = performance.now() - started;
    if (ms > report.slowest.ms) report.slowest = { seed, ms };
    report.inputs++;
    if (failure) report.failures.push(failure);
  }
  return report;
}

/** Returns why validate and score disagree on the same inputs (exit 2 from one only), or undefined. */
export function disagreement(validate: FuzzRun, score: FuzzRun): string | undefined {
  return (validate.code === 2) === (score.code === 2)
    ? undefined
    : `validate exits ${validate.code}, score exits ${score.code}`;
}
