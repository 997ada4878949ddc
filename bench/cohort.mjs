// Cohort benchmark (issue #12): `kaohe score --format json` on the national case (2,850 counties) with and
// without the cohort phase — counties grouped by province (31 unit groups), ranked with a tie-break, a 30% quota
// on 一等 per group, three prizes and 末位 per group, consequences by grade — alternating runs, medians. The cost
// of the cohort phase must stay linear: the aim is within 10% of the plain run's time.
// Usage: npm run build && node bench/generate.mjs --scale 1 && node bench/cohort.mjs [--runs N] [--data bench/data]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '5'));
const data = resolve(root, arg('--data', 'bench/data'));
const plain = join(data, 'national-2850.yaml');
if (!existsSync(plain)) throw new Error(`${plain} is missing: run node bench/generate.mjs --scale 1 first`);

/** Returns the national plan's text with the cohort declared: a group per province, ranks, a quota, prizes, 末位. */
function withCohort(text) {
  const provinces = [...new Set([...text.matchAll(/^ {4}parent: (p\d+)$/gm)].map((m) => m[1]))];
  const grouped = text.replace(/^( {4}parent: (p\d+))$/gm, '$1\n    group: $2');
  const actuals = grouped.indexOf('\nactuals:');
  const cohort = [
    'unit_groups:',
    ...provinces.map((p) => `  - {id: ${p}, name: 省${p}}`),
    'ranking:\n  tie_breaks:\n    - {indicator: jobs}\n    - {indicator: unemp}',
    'quotas:\n  - {level: 一等, share: 30%, rounding: down, per: group, gate: overall_met, edge: all_in}',
    'prizes:\n  - {name: 一二三等奖, gate: overall_met, yuan: [100000, 70000, 50000]}',
    'last_place:\n  - {unless: all_met}',
    'consequences:\n  - {action: 通报表扬, when: {grade: 一等}}\n  - {action: 通报批评, when: {last_place: true}}',
  ].join('\n');
  return actuals < 0 ? `${grouped}\n${cohort}\n` : `${grouped.slice(0, actuals)}\n${cohort}${grouped.slice(actuals)}`;
}

const cohortPlan = join(data, 'national-2850-cohort.yaml');
writeFileSync(cohortPlan, withCohort(readFileSync(plain, 'utf8')));

function measure(plan) {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  const out = openSync('/dev/null', 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, 'bin/kaohe.js', 'score', plan, '--format', 'json'], {
    cwd: root,
    env,
    encoding: 'utf8',
    stdio: ['ignore', out, 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  closeSync(out);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${plan}: exit ${r.status}: ${r.stderr.slice(0, 400)}`);
  const seconds = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]);
  const kib = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  return { ms, cpuMs: (seconds('User') + seconds('System')) * 1000, mb: kib / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { plain: [], cohort: [] };
for (let i = 0; i < runs; i++) {
  // alternate which goes first, so a neighbour's load falls on both alike
  const order = i % 2 === 0 ? ['plain', 'cohort'] : ['cohort', 'plain'];
  for (const which of order) results[which].push(measure(which === 'plain' ? plain : cohortPlan));
}
const row = (which) => {
  const r = results[which];
  return { ms: median(r.map((x) => x.ms)), cpuMs: median(r.map((x) => x.cpuMs)), mb: median(r.map((x) => x.mb)) };
};
const [a, b] = [row('plain'), row('cohort')];
console.log(
  `cohort: kaohe score --format json, national-2850, median of ${runs} alternating runs (node ${process.version})`,
);
console.log('| case | wall s | CPU s | peak MB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, r] of [
  ['without the cohort', a],
  ['with groups, ranks, a quota, prizes, 末位, consequences', b],
])
  console.log(`| ${name} | ${(r.ms / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${r.mb.toFixed(0)} |`);
console.log(
  `ratio with/without: wall ×${(b.ms / a.ms).toFixed(3)}, CPU ×${(b.cpuMs / a.cpuMs).toFixed(3)}, RSS ×${(b.mb / a.mb).toFixed(3)}`,
);
