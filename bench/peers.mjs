// Peers benchmark (issue #16): kaohe against what an analyst would use instead on the national case —
// the pandas script and the DuckDB script of ../shared/peers — and the parse floor (scale.mjs --floor),
// all on the same files, each a fresh process, the four alternating (the order rotates every run),
// medians with their spread. Checks every unit's money (reward, penalty, net), overall and grades
// in each peer's output equal kaohe's before any figure is printed.
// Needs: python3-pandas python3-yaml (Debian, run by /usr/bin/python3) and @duckdb/node-api + yaml installed
// outside the project (`npm install --prefix /tmp/peers @duckdb/node-api yaml`); never a dependency of kaohe.
// Usage: npm run build && node bench/generate.mjs [--scale 10] && node bench/peers.mjs [--runs N]
//        [--case national-2850[,national-28500]] [--data bench/data] [--peers ../shared/peers]
//        [--duckdb-prefix /tmp/peers] [--python /usr/bin/python3] [--bin bin/kaohe.js] [--before OTHER/bin/kaohe.js]
//        [--only kaohe,pandas,…]
import { createHash } from 'node:crypto';
import { copyFileSync, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, median, rssBy, spread } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const runs = Number(arg('--runs', 3));
const dir = resolve(root, arg('--data', 'bench/data'));
const peers = resolve(root, arg('--peers', '../shared/peers'));
const duckPrefix = resolve(arg('--duckdb-prefix', '/tmp/peers'));
const python = arg('--python', '/usr/bin/python3');
const bin = resolve(root, arg('--bin', 'bin/kaohe.js'));
const cases = arg('--case', 'national-2850').split(',');
// --before PATH: another build's bin/kaohe.js (say, the tree before a change) as one more contestant.
const beforeBin = argv.includes('--before') ? resolve(root, arg('--before')) : undefined;
const only = arg('--only', 'floor,kaohe,kaohe-sheet,kaohe-before,pandas,duckdb').split(',');

// ESM ignores NODE_PATH: the DuckDB script runs from the folder whose node_modules hold its packages.
const duckScript = join(duckPrefix, 'score_duckdb.mjs');
if (!existsSync(join(duckPrefix, 'node_modules', '@duckdb', 'node-api')))
  throw new Error(`no @duckdb/node-api under ${duckPrefix}: npm install --prefix ${duckPrefix} @duckdb/node-api yaml`);
copyFileSync(join(peers, 'score_duckdb.mjs'), duckScript);

/** The contestants of one case: how each is run and where its per-unit result lands. */
function contestants(id) {
  const plan = join(dir, `${id}.yaml`);
  const sheetPlan = join(dir, `${id}-sheet.yaml`);
  const csv = join(dir, `${id}-actuals.csv`);
  for (const f of [plan, csv])
    if (!existsSync(f)) throw new Error(`${f} is missing: run node bench/generate.mjs first`);
  const out = (name) => join(dir, `${id}.${name}`);
  const all = {
    floor: { args: [join(root, 'bench/scale.mjs'), '--floor', plan, csv] },
    kaohe: { args: [bin, 'score', plan, '--format', 'json'], stdoutFile: out('result.json') },
    // The same units and targets, the targets read from a CSV sheet instead of the plan's YAML.
    'kaohe-sheet': existsSync(sheetPlan)
      ? { args: [bin, 'score', sheetPlan, '--format', 'json'], stdoutFile: out('sheet.result.json') }
      : undefined,
    'kaohe-before':
      beforeBin === undefined
        ? undefined
        : { args: [beforeBin, 'score', plan, '--format', 'json'], stdoutFile: out('before.result.json') },
    pandas: { command: python, args: [join(peers, 'score_pandas.py'), plan, csv, out('pandas')] },
    duckdb: { args: [duckScript, plan, csv, out('duckdb')] },
  };
  return Object.fromEntries(Object.entries(all).filter(([name, c]) => c !== undefined && only.includes(name)));
}

/**
 * Returns each unit's money, overall and grades from a kaohe JSON result, read line by line (a 10× result is over a
 * gigabyte: more than one string can hold). kaohe writes a unit's own fields at six spaces, its grade's at eight.
 */
async function unitsOf(file) {
  const units = [];
  let unit;
  let inGrade = false;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const own = /^ {6}"(id|overall|reward_yuan|penalty_yuan|net_yuan|score)": "?([^",]*)"?,?$/.exec(line);
    if (own !== null) {
      if (own[1] === 'id') {
        unit = { id: own[2] };
        units.push(unit);
      } else unit[own[1]] = own[2];
    } else if (line === '      "grade": {') inGrade = true;
    else if (inGrade) {
      const g = /^ {8}"(base|final)": "([^"]*)"/.exec(line);
      if (g !== null) unit[`grade_${g[1]}`] = g[2];
      else inGrade = false;
    }
  }
  return units;
}

/** Throws unless every unit's money, overall and grades in a peer's JSON equal kaohe's result. */
async function checkSame(id, name, kaoheFile) {
  const kaohe = await unitsOf(kaoheFile);
  const rows = JSON.parse(readFileSync(join(dir, `${id}.${name}.json`), 'utf8'));
  const peer = new Map(rows.map((r) => [r.unit, r]));
  let differ = 0;
  for (const u of kaohe) {
    const p = peer.get(u.id);
    const same =
      p !== undefined &&
      ['reward_yuan', 'penalty_yuan', 'net_yuan', 'overall', 'grade_base', 'grade_final'].every(
        (k) => String(p[k]) === u[k],
      );
    if (!same && differ++ < 3)
      console.log(`${id} ${name} differs on ${u.id}: ${JSON.stringify(p)} ${JSON.stringify(u)}`);
  }
  if (differ > 0 || rows.length !== kaohe.length)
    throw new Error(`${id}: ${name} differs from kaohe on ${differ} of ${kaohe.length} units (${rows.length} rows)`);
  return kaohe.length;
}

/** Returns a file's sha256, streamed. */
async function digestOf(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

async function runCase(id) {
  const who = contestants(id);
  const names = Object.keys(who);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++)
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length]; // rotate: each goes first once in a while
      const c = who[name];
      const m = measure(c.args, { stdoutFile: c.stdoutFile, cwd: root, command: c.command });
      if (m.failed) throw new Error(`${id} ${name}: ${m.failed}`);
      samples[name].push(m);
    }
  const kaoheFile = join(dir, `${id}.${'kaohe' in who ? 'result' : 'sheet.result'}.json`);
  // The figures are printed even when a check fails: a failed check is reported beside them.
  const checked = [];
  try {
    for (const n of names.filter((n) => n === 'pandas' || n === 'duckdb'))
      checked.push(`${n} ${await checkSame(id, n, kaoheFile)}`);
    if ('kaohe' in who && 'kaohe-sheet' in who) {
      // The inputs and sources differ (the sheet is a file of its own); every unit's figures must not.
      const [a, b] = await Promise.all(['result', 'sheet.result'].map((x) => unitsOf(join(dir, `${id}.${x}.json`))));
      if (JSON.stringify(a) !== JSON.stringify(b))
        throw new Error(`${id}: kaohe with a targets sheet scores differently`);
      checked.push('kaohe-sheet = kaohe');
    }
    if ('kaohe' in who && 'kaohe-before' in who) {
      const [a, b] = await Promise.all(['result', 'before.result'].map((x) => digestOf(join(dir, `${id}.${x}.json`))));
      if (a !== b) throw new Error(`${id}: kaohe's result differs from the before build's`);
      checked.push('kaohe = kaohe-before, byte for byte');
    }
  } catch (error) {
    checked.push(`CHECK FAILED: ${error.message}`);
  }
  return { id, names, samples, checked, csvMB: statSync(join(dir, `${id}-actuals.csv`)).size / 1e6 };
}

function printCase(r) {
  const med = (n, k) => median(r.samples[n].map((m) => m[k]));
  const ref = ['kaohe', 'kaohe-sheet'].filter((n) => n in r.samples);
  const head = [
    '',
    'wall s',
    'spread',
    'cpu s',
    'peak MB',
    'spread MB',
    ...ref.map((k) => `${k} wall ×`),
    ...ref.map((k) => `${k} MB ×`),
  ];
  const rows = r.names.map((n) => {
    const s = r.samples[n];
    return [
      n,
      (med(n, 'ms') / 1000).toFixed(2),
      spread(
        s.map((m) => m.ms / 1000),
        (x) => x.toFixed(2),
      ),
      (med(n, 'cpuMs') / 1000).toFixed(2),
      med(n, 'mb').toFixed(0),
      spread(
        s.map((m) => m.mb),
        (x) => x.toFixed(0),
      ),
      // kaohe's figure over this one: ≤ 1 means kaohe is at least as fast (as small)
      ...ref.map((k) => (med(k, 'ms') / med(n, 'ms')).toFixed(2)),
      ...ref.map((k) => (med(k, 'mb') / med(n, 'mb')).toFixed(2)),
    ];
  });
  const cells = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  console.log(
    `\n${r.id} (${r.csvMB.toFixed(1)} MB of CSV): median of ${runs}, alternating; same result: ${r.checked.join(', ')}`,
  );
  for (const row of cells)
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

// --check-only: no runs, only the checks on the outputs a previous run left in --data.
if (argv.includes('--check-only')) {
  for (const id of cases) {
    const kaoheFile = join(dir, `${id}.result.json`);
    for (const n of ['pandas', 'duckdb']) console.log(id, n, 'agrees on', await checkSame(id, n, kaoheFile), 'units');
    const units = await Promise.all(['result', 'sheet.result'].map((x) => unitsOf(join(dir, `${id}.${x}.json`))));
    console.log(id, 'kaohe-sheet = kaohe:', JSON.stringify(units[0]) === JSON.stringify(units[1]));
    const digests = await Promise.all(['result', 'before.result'].map((x) => digestOf(join(dir, `${id}.${x}.json`))));
    console.log(id, 'kaohe = kaohe-before byte for byte:', digests[0] === digests[1]);
  }
  process.exit(0);
}
const before = loadavg();
console.log(
  `peers: node ${process.version}, peak RSS by ${rssBy}, load average at start ${before.map((x) => x.toFixed(2)).join(' ')}`,
);
for (const id of cases) printCase(await runCase(id));
console.log(
  `load average at end ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
