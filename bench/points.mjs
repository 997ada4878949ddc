// Point-table benchmark (issue #11): `kaohe score PLAN --format json` on the national case with its flat weights
// against the same plan turned into a point table of the same size — every at_least indicator scored by steps
// (partial steps counted whole, a cap each side), every at_most one by steps on its value over the ceiling, all of them in two sections
// (一、目标任务 and 二、控制指标), and a veto — on the same actuals. Alternating runs (the order swapped each round),
// medians of --runs (default 3) of wall time, CPU time (user + system) and peak RSS, from GNU time -v.
// Usage: npm run build && node bench/generate.mjs && node bench/points.mjs [--case national-2850|national-285] [--runs 3]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNational } from './generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the plan text with its indicators scored as a point table, its sections and a veto. */
export function toPointTable(plan) {
  const ids = { at_least: [], at_most: [], kept: [] };
  const steps =
    '\n    scoring:\n      method: steps\n      partial: ceil\n      below: {every: 5, points: 0.5, cap: 2}\n      above: {every: 5, points: 0.2, cap: 1}';
  // A ceiling is not measured by a completion rate or a shortfall (BANDS_DIRECTION): its own value against the target.
  const bands =
    '\n    scoring:\n      method: steps\n      measure: value\n      partial: ceil\n      below: {every: 0.5, points: 1, cap: 3}';
  const text = plan.replace(
    /( {2}- id: (\w+)\n {4}name: [^\n]+\n {4}unit: '[^']+'\n {4}direction: (\w+)\n {4}weight: \d+\n {4}over_period: \w+)((?:\n {4}\w+: [^\n]+)*)/g,
    (whole, head, id, direction, extra) => {
      // an indicator already scored its own way keeps it, in a section of its own (every item is in a section)
      const kept = extra.includes('scoring:') || extra.includes('tolerance:') || extra.includes('rate_of:');
      if (kept || (direction !== 'at_least' && direction !== 'at_most')) {
        ids.kept.push(id);
        return whole;
      }
      ids[direction].push(id);
      return `${head}${extra}${direction === 'at_least' ? steps : bands}`;
    },
  );
  const sections = [
    'sections:',
    `  - {id: targets, title: 一、目标任务, items: [${ids.at_least.join(', ')}]}`,
    `  - {id: controls, title: 二、控制指标, items: [${ids.at_most.join(', ')}]}`,
    `  - {id: others, title: 三、其他指标, items: [${ids.kept.join(', ')}]}`,
  ].join('\n');
  const veto = '  - type: veto\n    when: overall_missed\n    bar: 一等';
  return text
    .replace(/\nunits:\n/, `\n${sections}\nunits:\n`)
    .replace(/\nrules:\n/, `\nrules:\n${veto}\n`)
    .replace(/^ {2}id: (national-\d+)$/m, '  id: $1-points');
}

// One run under GNU time: wall ms (from here), CPU ms (user + system) and peak RSS in MB.
function measure(bin, plan) {
  const env = { ...process.env, NO_COLOR: '1' };
  const out = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, 'score', plan, '--format', 'json'], {
    cwd: root,
    env,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${plan}: exit ${r.status}: ${r.stderr.split('\n')[0]}`);
  const seconds = (what) => Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]);
  const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  return { ms, cpuMs: (seconds('User') + seconds('System')) * 1000, mb: kib / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const id = arg('--case', 'national-2850');
const runs = Number(arg('--runs', '3'));
const bin = resolve(arg('--bin', join(root, 'bin/kaohe.js')));
const dir = join(root, 'bench/data');
const base = join(dir, `${id}.yaml`);
if (!existsSync(base)) throw new Error(`${base} is missing: run node bench/generate.mjs first`);
const c = buildNational(id === 'national-2850' ? 2850 : 285);
const points = join(dir, `${id}-points.yaml`);
writeFileSync(points, toPointTable(c.plan));
const runsOf = { flat: [], points: [] };
for (let i = 0; i < runs; i++) {
  // alternate which goes first, so a neighbour's load falls on both alike
  const order = i % 2 === 0 ? ['flat', 'points'] : ['points', 'flat'];
  for (const which of order) runsOf[which].push(measure(bin, which === 'flat' ? base : points));
}
const row = (which) => {
  const r = runsOf[which];
  return { ms: median(r.map((x) => x.ms)), cpuMs: median(r.map((x) => x.cpuMs)), mb: median(r.map((x) => x.mb)) };
};
const [flat, table] = [row('flat'), row('points')];
const all = (which, key) => runsOf[which].map((x) => (x[key] / 1000).toFixed(2)).join(', ');
console.log(`${id}, ${runs} alternating runs each, medians of kaohe score --format json (node ${process.version}):`);
console.log('| plan | wall s | CPU s | peak MB |');
console.log('| --- | ---: | ---: | ---: |');
console.log(
  `| flat weights | ${(flat.ms / 1000).toFixed(2)} | ${(flat.cpuMs / 1000).toFixed(2)} | ${flat.mb.toFixed(0)} |`,
);
console.log(
  `| point table | ${(table.ms / 1000).toFixed(2)} | ${(table.cpuMs / 1000).toFixed(2)} | ${table.mb.toFixed(0)} |`,
);
console.log(
  `ratio point table / flat: wall ×${(table.ms / flat.ms).toFixed(2)}, CPU ×${(table.cpuMs / flat.cpuMs).toFixed(2)}, ` +
    `RSS ×${(table.mb / flat.mb).toFixed(2)}`,
);
console.log(`runs, wall s: flat ${all('flat', 'ms')}; point table ${all('points', 'ms')}`);
