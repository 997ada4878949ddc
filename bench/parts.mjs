// Two parts of a score, measured apart (issue #16): loading the plan (readPlan: the YAML plan or its targets sheet,
// the schema, the normalised model and every check) and writing the result as JSON and JSON Lines (renderJsonChunks,
// renderJsonLinesChunks, the pieces only made, not written). Each tree's sources (this one, and --before DIR, another
// checkout with its node_modules) are bundled with esbuild into a small program that times them in its own process by
// process.cpuUsage: the plan loaded once, cold, as a run of kaohe loads it; the result rendered --renders times (the
// first of them cold). The two trees alternate, --runs processes each; medians, and the ratio this / before.
// Usage: node bench/generate.mjs && node bench/parts.mjs [--before DIR] [--runs 5] [--renders 3] [--case national-2850]
// [--data bench/data]
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram, median, printTable } from './tree-bench.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('runs', 5));
const renders = Number(arg('renders', 3));
const id = arg('case', 'national-2850');
const before = arg('before', undefined);
const data = resolve(arg('data', join(root, 'bench/data')));
const plans = [`${id}.yaml`, `${id}-sheet.yaml`];

// The program for one tree: it prints one JSON line of CPU milliseconds.
const program = (tree) => `
import { readActuals, readPlan } from '${tree}/src/cli/load-inputs.ts';
import { nodeIo } from '${tree}/src/cli/io.ts';
import { evaluatePlan } from '${tree}/src/core/evaluate.ts';
import { renderJsonChunks, renderJsonLinesChunks } from '${tree}/src/report/json.ts';
const ctx = { io: nodeIo, lang: 'en', color: false, colorOut: false, debug: false, version: '0', sources: new Map() };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const [path, renders] = [process.argv[2], Number(process.argv[3])];
const t = cpu();
const read = await readPlan(ctx, path);
const out = { plan: cpu() - t, json: [], jsonl: [] };
if (renders > 0) {
  const actuals = await readActuals(ctx, read.plan, [], {});
  const result = evaluatePlan(read.plan.plan, actuals.actuals, { inputs: read.inputs });
  for (let i = 0; i < renders; i++)
    for (const [name, render] of [['json', renderJsonChunks], ['jsonl', renderJsonLinesChunks]]) {
      const s = cpu();
      let length = 0;
      for (const piece of render([result], { lang: 'en', color: false })) length += piece.length;
      out[name].push(cpu() - s);
    }
}
console.log(JSON.stringify(out));
`;

const trees = [['this', root], ...(before ? [['before', resolve(before)]] : [])];
const programs = Object.fromEntries(
  await Promise.all(trees.map(async ([name, tree]) => [name, await bundleProgram(program(tree), 'parts')])),
);
const figures = {};
for (const plan of plans) {
  for (let r = 0; r < runs; r++) {
    // the order swapped each round, so that neither tree always runs on the other's leftovers
    for (const [name] of r % 2 === 0 ? trees : [...trees].reverse()) {
      // the result is rendered from the YAML plan only: the sheet's is the same result
      const child = spawnSync(process.execPath, [programs[name], join(data, plan), plan === plans[0] ? renders : 0]);
      if (child.status !== 0) throw new Error(`${name} ${plan}: ${child.stderr}`);
      const got = JSON.parse(child.stdout.toString());
      const add = (key, value) => {
        figures[`${key}|${name}`] ??= [];
        figures[`${key}|${name}`].push(value);
      };
      add(`readPlan ${plan}`, got.plan);
      if (got.json.length > 0) {
        add('renderJson, first', got.json[0]);
        add('renderJson, after', median(got.json.slice(1)));
        add('renderJsonLines, first', got.jsonl[0]);
        add('renderJsonLines, after', median(got.jsonl.slice(1)));
      }
    }
  }
}
for (const program of Object.values(programs)) rmSync(dirname(program), { recursive: true, force: true });
await printTable('part', figures, runs, before);
