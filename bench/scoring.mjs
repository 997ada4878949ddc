// Scoring alone (issue #16): evaluatePlan's CPU on a loaded plan and its actuals, apart from reading and writing.
// Each tree's sources (this one, and --before DIR, another checkout with its node_modules) are bundled with esbuild
// into a small program that loads the plan and actuals once and scores them --scores times in its own process, timed
// by process.cpuUsage (the first score cold, as a run of kaohe scores). The trees alternate, --runs processes each;
// medians of the first score and of the later ones, and the ratio this / before.
// Usage: node bench/scoring.mjs [--before DIR] [--runs 5] [--scores 4] [--cases national-2850,national-2850-points]
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
const scores = Number(arg('scores', 4));
const cases = arg('cases', 'national-2850,national-2850-points,national-2850-cohort').split(',');
const before = arg('before', undefined);
const data = resolve(arg('data', join(root, 'bench/data')));

// The program for one tree: it prints the CPU milliseconds of each score as one JSON array.
const program = (tree) => `
import { readActuals, readPlan } from '${tree}/src/cli/load-inputs.ts';
import { nodeIo } from '${tree}/src/cli/io.ts';
import { evaluatePlan } from '${tree}/src/core/evaluate.ts';
const ctx = { io: nodeIo, lang: 'en', color: false, colorOut: false, debug: false, version: '0', sources: new Map() };
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const [path, scores] = [process.argv[2], Number(process.argv[3])];
const read = await readPlan(ctx, path);
const actuals = await readActuals(ctx, read.plan, [], {});
const out = [];
for (let i = 0; i < scores; i++) {
  const t = cpu();
  const result = evaluatePlan(read.plan.plan, actuals.actuals, { inputs: read.inputs });
  out.push(cpu() - t);
  if (result.units.length === 0) throw new Error('no units scored');
}
console.log(JSON.stringify(out));
`;

const trees = [['this', root], ...(before ? [['before', resolve(before)]] : [])];
const programs = Object.fromEntries(
  await Promise.all(trees.map(async ([name, tree]) => [name, await bundleProgram(program(tree), 'scoring')])),
);
const figures = {};
for (const id of cases) {
  for (let r = 0; r < runs; r++) {
    // the order swapped each round, so that neither tree always runs on the other's leftovers
    for (const [name] of r % 2 === 0 ? trees : [...trees].reverse()) {
      const child = spawnSync(process.execPath, [programs[name], join(data, `${id}.yaml`), scores]);
      if (child.status !== 0) throw new Error(`${name} ${id}: ${child.stderr}`);
      const got = JSON.parse(child.stdout.toString());
      for (const [key, value] of [
        [`${id}, first`, got[0]],
        [`${id}, after`, median(got.slice(1))],
      ]) {
        figures[`${key}|${name}`] ??= [];
        figures[`${key}|${name}`].push(value);
      }
    }
  }
}
for (const program of Object.values(programs)) rmSync(dirname(program), { recursive: true, force: true });
await printTable('evaluatePlan', figures, runs, before);
