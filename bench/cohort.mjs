// Cohort benchmark (issue #12): `kaohe score --format json` on the national case (2,850 counties) with and
// without the cohort phase — counties grouped by province (31 unit groups), ranked with a tie-break, a 30% quota
// on 一等 per group, three prizes and 末位 per group, consequences by grade — and the same with a relative score
// (失业人员再就业 scored relative_to_best within each province: every unit's value read before any is scored),
// alternating runs, medians. The cost of the cohort phase must stay linear: the aim is within 10% of the plain
// run's time.
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

/** Returns the plan with 失业人员再就业 scored relative to the best unit of its province (第1名得满分,其余按比例). */
function withRelative(text) {
  const marker = '  - id: reemp\n    name: 失业人员再就业\n';
  if (!text.includes(marker)) throw new Error('national plan: no reemp indicator to score relatively');
  return text.replace(marker, `${marker}    scoring: {method: relative_to_best, among: group}\n`);
}

const cohortPlan = join(data, 'national-2850-cohort.yaml');
writeFileSync(cohortPlan, withCohort(readFileSync(plain, 'utf8')));
const relativePlan = join(data, 'national-2850-relative.yaml');
writeFileSync(relativePlan, withRelative(withCohort(readFileSync(plain, 'utf8'))));
const PLANS = { plain, cohort: cohortPlan, relative: relativePlan };

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
const results = { plain: [], cohort: [], relative: [] };
for (let i = 0; i < runs; i++) {
  // rotate which goes first, so a neighbour's load falls on every case alike
  const cases = Object.keys(results);
  const order = [...cases.slice(i % cases.length), ...cases.slice(0, i % cases.length)];
  for (const which of order) results[which].push(measure(PLANS[which]));
}
const row = (which) => {
  const r = results[which];
  return { ms: median(r.map((x) => x.ms)), cpuMs: median(r.map((x) => x.cpuMs)), mb: median(r.map((x) => x.mb)) };
};
const [a, b, c] = [row('plain'), row('cohort'), row('relative')];
console.log(
  `cohort: kaohe score --format json, national-2850, median of ${runs} alternating runs (node ${process.version})`,
);
console.log('| case | wall s | CPU s | peak MB |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, r] of [
  ['without the cohort', a],
  ['with groups, ranks, a quota, prizes, 末位, consequences', b],
  ['the same and a relative_to_best indicator (per group)', c],
])
  console.log(`| ${name} | ${(r.ms / 1000).toFixed(2)} | ${(r.cpuMs / 1000).toFixed(2)} | ${r.mb.toFixed(0)} |`);
for (const [name, r] of [
  ['cohort', b],
  ['cohort + relative', c],
])
  console.log(
    `ratio ${name}/without: wall ×${(r.ms / a.ms).toFixed(3)}, CPU ×${(r.cpuMs / a.cpuMs).toFixed(3)}, ` +
      `RSS ×${(r.mb / a.mb).toFixed(3)}`,
  );
