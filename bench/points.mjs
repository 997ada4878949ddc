// Point-table benchmark (issue #11): `kaohe score PLAN --format json` on the national case with its flat weights
// against the same plan turned into a point table of the same size — every at_least indicator scored by steps
// (partial steps counted whole, a cap each side), every at_most one by bands on its value, all of them in two sections
// with a capped bonus section, and a veto — on the same actuals. Alternating runs, medians of --runs (default 3).
// Usage: node bench/points.mjs [--case national-285|national-2850] [--runs 3] [--bin bin/kaohe.js]
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNational } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the plan text with its indicators scored as a point table, its sections and a veto. */
export function toPointTable(plan) {
  const ids = { at_least: [], at_most: [] };
  const steps =
    '\n    scoring:\n      method: steps\n      partial: ceil\n      below: {every: 5, points: 0.5, cap: 2}\n      above: {every: 5, points: 0.2, cap: 1}';
  const bands =
    '\n    scoring:\n      method: bands\n      on: shortfall\n      bands:\n        - {to: 0, deduct: 0}\n        - {above: 0, to: 5, deduct: 1}\n        - {above: 5, deduct: 3}\n      floor: 0';
  const text = plan.replace(
    /( {2}- id: (\w+)\n {4}name: [^\n]+\n {4}unit: '[^']+'\n {4}direction: (\w+)\n {4}weight: \d+\n {4}over_period: \w+)((?:\n {4}\w+: [^\n]+)*)/g,
    (whole, head, id, direction, extra) => {
      if (extra.includes('scoring:') || extra.includes('tolerance:') || extra.includes('rate_of:')) return whole;
      if (direction === 'at_least') ids.at_least.push(id);
      else if (direction === 'at_most') ids.at_most.push(id);
      else return whole;
      return `${head}${extra}${direction === 'at_least' ? steps : bands}`;
    },
  );
  const sections = [
    'sections:',
    `  - {id: targets, title: 一、目标任务, items: [${ids.at_least.join(', ')}]}`,
    `  - {id: controls, title: 二、控制指标, items: [${ids.at_most.join(', ')}]}`,
  ].join('\n');
  const veto = '  - type: veto\n    when: overall_missed\n    bar: 一等';
  return text
    .replace(/\nunits:\n/, `\n${sections}\nunits:\n`)
    .replace(/\nrules:\n/, `\nrules:\n${veto}\n`)
    .replace(/^ {2}id: (national-\d+)$/m, '  id: $1-points');
}

function timeRun(bin, plan) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, 'score', plan, '--format', 'json'], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${plan}: exit ${r.status}: ${r.stderr.split('\n')[0]}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const id = arg('--case', 'national-285');
const runs = Number(arg('--runs', '3'));
const bin = resolve(arg('--bin', join(root, 'bin/kaohe.js')));
const dir = join(root, 'bench/data');
const base = join(dir, `${id}.yaml`);
if (!existsSync(base)) throw new Error(`${base} is missing: run node bench/generate.mjs first`);
const c = buildNational(id === 'national-2850' ? 2850 : 285);
const points = join(dir, `${id}-points.yaml`);
writeFileSync(points, toPointTable(c.plan));
const times = { flat: [], points: [] };
for (let i = 0; i < runs; i++) {
  times.flat.push(timeRun(bin, base));
  times.points.push(timeRun(bin, points));
}
const [flat, table] = [median(times.flat), median(times.points)];
console.log(`${id}, ${runs} alternating runs each, median wall time of kaohe score --format json:`);
console.log(
  `  flat weights: ${(flat / 1000).toFixed(2)} s  (${times.flat.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
);
console.log(
  `  point table:  ${(table / 1000).toFixed(2)} s  (${times.points.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
);
console.log(`  ratio: ×${(table / flat).toFixed(2)}`);
