// Batch benchmark (issue #7): `kaohe validate` and `kaohe score` on one small plan and on 50 in one run,
// each a fresh process, alternating, median of N. Once the process is warm a plan costs (t50 − t1) / 49;
// t1 less that and less `node -e ""` is what starting kaohe costs. The 50 plans are bench/generate.mjs's batch
// (20 units × 6 indicators each, CSV actuals), written on first use.
// Usage: npm run build && node bench/batch.mjs [runs]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBatch } from './generate.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 5);
const dir = join(root, 'bench', 'data', 'batch');
const plans = buildBatch(50).map((c) => {
  const plan = join(dir, `${c.id}.yaml`);
  if (!existsSync(plan)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(plan, c.plan);
    writeFileSync(join(dir, `${c.id}-actuals.csv`), c.csv);
  }
  return relative(root, plan);
});

const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS; // adds ~85 ms to every Node start on these machines (see bench/start.mjs)

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Exit 1 is --fail-on matching (a full run); 2 or more means the benchmark measured a failure.
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`node ${args.slice(0, 4).join(' ')} … exited ${r.status}: ${r.stderr.slice(0, 1000)}`);
  return ms;
}

const commands = {
  node: ['-e', ''],
  'validate 1': ['bin/kaohe.js', 'validate', plans[0]],
  'validate 50': ['bin/kaohe.js', 'validate', ...plans],
  'score 1': ['bin/kaohe.js', 'score', plans[0], '--format', 'json'],
  'score 50': ['bin/kaohe.js', 'score', ...plans, '--format', 'json'],
};
const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));

console.log(
  `batch of 50 plans (20 units × 6 indicators each), median of ${runs} alternating runs (node ${process.version}); node -e "" ${m.node.toFixed(0)} ms`,
);
const header = ['command', '1 plan ms', '50 plans ms', 'per plan, warm ms', 'kaohe start-up ms'];
const rows = ['validate', 'score'].map((c) => {
  const one = m[`${c} 1`];
  const fifty = m[`${c} 50`];
  const perPlan = (fifty - one) / 49;
  // What one run costs before its first plan: t1 less one warm plan, less Node's own start.
  return [
    c === 'score' ? 'score --format json' : c,
    one.toFixed(0),
    fifty.toFixed(0),
    perPlan.toFixed(1),
    (one - perPlan - m.node).toFixed(0),
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows])
  console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
