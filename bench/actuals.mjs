// Reading the actuals CSV alone (issue #16, third session): loadActuals on the national case's 433,200 rows, in a
// process of its own with the plan already loaded, for this tree and for another checkout (--before DIR, e.g. a
// worktree of an older commit with its node_modules), alternating, medians of --runs (default 3). Each tree's
// src/load is bundled by esbuild into a temporary script, so nothing needs building. Prints the CPU time (user +
// system) of loadActuals and of checkPlausible on its actuals (the checks the CLI runs next), the heap its actuals hold after a full GC (the decoded text left out), and the peak RSS.
// Usage: node bench/generate.mjs && node bench/actuals.mjs [--before ../base] [--runs 3] [--case national-2850] [--data bench/data]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const runs = Number(arg('runs', '3'));
const id = arg('case', 'national-2850');
const before = arg('before');
const data = resolve(arg('data', join(root, 'bench/data')));
const plan = join(data, `${id}.yaml`);
const csv = join(data, `${id}-actuals.csv`);

// The probe: the plan loaded, a full GC, the CSV read, its text let go, a full GC again.
const probe = (tree) => `
import { readFileSync } from 'node:fs';
import { loadActuals } from ${JSON.stringify(join(tree, 'src/load/actuals/index.ts'))};
import { loadPlan } from ${JSON.stringify(join(tree, 'src/load/plan.ts'))};
import { checkPlausible } from ${JSON.stringify(join(tree, 'src/load/plausibility.ts'))};
const plan = loadPlan(readFileSync(${JSON.stringify(plan)}, 'utf8'), ${JSON.stringify(plan)}).value.plan;
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const bytes = readFileSync(${JSON.stringify(csv)});
const t0 = process.cpuUsage();
const loaded = await loadActuals({ path: 'actuals.csv', bytes }, plan);
const cpu = process.cpuUsage(t0);
const t1 = process.cpuUsage();
const slips = checkPlausible(plan, loaded.value.actuals, false).diagnostics.length;
const check = process.cpuUsage(t1);
loaded.value.text = undefined;
globalThis.gc();
const held = process.memoryUsage().heapUsed - before;
console.log(JSON.stringify({ rows: loaded.value.actuals.length, cpu: (cpu.user + cpu.system) / 1000, held: held / 1e6,
  check: (check.user + check.system) / 1000, slips,
  rss: process.resourceUsage().maxRSS / 1024 }));
`;

const dir = mkdtempSync(join(tmpdir(), 'kaohe-actuals-'));
const trees = [['tree', root], ...(before === undefined ? [] : [['before', resolve(before)]])];
const scripts = new Map();
for (const [name, tree] of trees) {
  const entry = join(dir, `${name}.mjs`);
  writeFileSync(entry, probe(tree));
  const out = join(dir, `${name}.bundle.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
    nodePaths: [join(tree, 'node_modules')],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  scripts.set(name, out);
}

const results = new Map(trees.map(([name]) => [name, []]));
for (let r = 0; r < runs; r++) {
  const order = r % 2 === 0 ? trees : [...trees].reverse();
  for (const [name] of order) {
    const run = spawnSync(process.execPath, ['--expose-gc', scripts.get(name)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`);
    results.get(name).push(JSON.parse(run.stdout));
  }
}
rmSync(dir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name) => {
  const rs = results.get(name);
  return {
    rows: rs[0].rows,
    cpu: median(rs.map((x) => x.cpu)),
    check: median(rs.map((x) => x.check)),
    slips: rs[0].slips,
    held: median(rs.map((x) => x.held)),
    rss: median(rs.map((x) => x.rss)),
  };
};
console.log(
  `${id}: loadActuals, then checkPlausible, medians of ${runs} (load average ${(await import('node:os')).loadavg()[0].toFixed(2)})`,
);
console.log('| build | rows | load CPU ms | check CPU ms (slips) | heap held MB | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name] of trees) {
  const m = row(name);
  console.log(
    `| ${name} | ${m.rows} | ${m.cpu.toFixed(0)} | ${m.check.toFixed(0)} (${m.slips}) | ${m.held.toFixed(1)} | ${m.rss.toFixed(0)} |`,
  );
}
if (before !== undefined) {
  const [a, b] = [row('tree'), row('before')];
  console.log(
    `tree / before: load CPU ×${(a.cpu / b.cpu).toFixed(2)}, check CPU ×${(a.check / b.check).toFixed(2)}, heap held ×${(a.held / b.held).toFixed(2)}, RSS ×${(a.rss / b.rss).toFixed(2)}`,
  );
}
