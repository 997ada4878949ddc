// Scale benchmark (issue #7): `kaohe score PLAN --format json` on the national case and its 10× smaller
// twin, against the floor of merely parsing the same inputs in one process (yaml's parseDocument on the
// plan, csv-parse streaming the CSV). Each is a fresh child process: wall time from here, peak RSS from
// /usr/bin/time -v when present, else from process.resourceUsage().maxRSS read at the child's exit.
// Usage: npm run build && node bench/generate.mjs && node bench/scale.mjs [--runs N] [--data bench/data]
//        [--case national-285|national-2850] [--bin path/to/kaohe.js]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure as measureIn, median } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const self = fileURLToPath(import.meta.url);
const CASES = ['national-285', 'national-2850'];
/**
 * The floor, run in its own process: parse the plan with yaml and stream the CSV through csv-parse, keeping nothing.
 */
async function runFloor(planPath, csvPath) {
  const { LineCounter, parseDocument } = await import('yaml');
  const { parse } = await import('csv-parse');
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(planPath, 'utf8'), { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${planPath}: ${doc.errors[0].message}`);
  // Flowing mode and no `info`: for-await costs ~50 % more here, and info (an object per record) ~3×.
  let rows = 0;
  const records = createReadStream(csvPath).pipe(parse({ relax_column_count: true }));
  records.on('data', () => (rows += 1));
  await new Promise((done, fail) => records.on('end', done).on('error', fail));
  process.stdout.write(`${rows}\n`);
}

const measure = (args, stdoutFile) => measureIn(args, { stdoutFile, cwd: root });

function measureCase(dir, id, runs, bin) {
  const plan = join(dir, `${id}.yaml`);
  const csv = join(dir, `${id}-actuals.csv`);
  const out = join(dir, `${id}.result.json`);
  if (!existsSync(plan) || !existsSync(csv)) throw new Error(`${plan} is missing: run node bench/generate.mjs first`);
  const kaohe = [];
  const floor = [];
  // Alternate the two so both see the same machine state.
  for (let i = 0; i < runs; i++) {
    floor.push(measure([self, '--floor', plan, csv]));
    kaohe.push(measure([bin, 'score', plan, '--format', 'json'], out));
    if (kaohe.at(-1).failed) break; // a crash repeats; one is enough to report
  }
  const failed = kaohe.find((m) => m.failed)?.failed;
  const rows = Number(floor[0].stdout.trim()) - 1; // less the header
  const totals = failed === undefined ? JSON.parse(readFileSync(out, 'utf8')).totals : { units: NaN, missed: NaN };
  return {
    id,
    rows,
    units: totals.units,
    missed: totals.missed,
    failed,
    planMB: statSync(plan).size / 1e6,
    csvMB: statSync(csv).size / 1e6,
    jsonMB: statSync(out).size / 1e6,
    kaohe: {
      ms: median(kaohe.map((m) => m.ms)),
      cpuMs: median(kaohe.map((m) => m.cpuMs)),
      mb: median(kaohe.map((m) => m.mb)),
    },
    floor: {
      ms: median(floor.map((m) => m.ms)),
      cpuMs: median(floor.map((m) => m.cpuMs)),
      mb: median(floor.map((m) => m.mb)),
    },
    rssBy: kaohe[0].rss,
  };
}

function printTable(results, runs) {
  const cols = [
    ['case', (r) => r.id],
    ['units', (r) => r.units],
    ['CSV rows', (r) => r.rows],
    ['plan MB', (r) => r.planMB.toFixed(2)],
    ['CSV MB', (r) => r.csvMB.toFixed(2)],
    ['kaohe s', (r) => (r.kaohe.ms / 1000).toFixed(2)],
    ['kaohe cpu s', (r) => (r.kaohe.cpuMs / 1000).toFixed(2)],
    ['kaohe MB', (r) => r.kaohe.mb.toFixed(0)],
    ['floor s', (r) => (r.floor.ms / 1000).toFixed(2)],
    ['floor cpu s', (r) => (r.floor.cpuMs / 1000).toFixed(2)],
    ['floor MB', (r) => r.floor.mb.toFixed(0)],
    ['time ×floor', (r) => (r.kaohe.ms / r.floor.ms).toFixed(2)],
    ['cpu ×floor', (r) => (r.kaohe.cpuMs / r.floor.cpuMs).toFixed(2)],
    ['RSS ×floor', (r) => (r.kaohe.mb / r.floor.mb).toFixed(2)],
    ['kaohe rows/s', (r) => Math.round(r.rows / (r.kaohe.ms / 1000))],
    ['floor rows/s', (r) => Math.round(r.rows / (r.floor.ms / 1000))],
    ['JSON MB', (r) => r.jsonMB.toFixed(1)],
    ['missed', (r) => r.missed],
  ];
  const cells = [cols.map(([h]) => h), ...results.map((r) => cols.map(([, f]) => String(f(r))))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  console.log(
    `scale: kaohe score --format json vs the parse floor, median of ${runs} alternating runs (node ${process.version}; peak RSS by ${results[0].rssBy})`,
  );
  for (const row of cells)
    console.log(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  for (const r of results)
    if (r.failed) console.log(`${r.id}: kaohe FAILED (${r.failed}); its time and RSS are those of the failed run`);
  if (results.length === 2) {
    const [small, large] = results;
    const g = (f) => (f(large) / f(small)).toFixed(2);
    console.log(
      `growth ${small.id} → ${large.id}: rows ×${g((r) => r.rows)}; kaohe time ×${g((r) => r.kaohe.ms)}, cpu ×${g((r) => r.kaohe.cpuMs)}, RSS ×${g((r) => r.kaohe.mb)}; floor time ×${g((r) => r.floor.ms)}, cpu ×${g((r) => r.floor.cpuMs)}, RSS ×${g((r) => r.floor.mb)}`,
    );
  }
}

const argv = process.argv.slice(2);
if (argv[0] === '--floor') {
  await runFloor(argv[1], argv[2]);
} else {
  const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const runs = Number(arg('--runs', 3));
  const dir = resolve(root, arg('--data', 'bench/data'));
  const only = arg('--case', undefined);
  // --bin: another build of kaohe (say, a copy with a proposed change), compared on the same data.
  const bin = resolve(root, arg('--bin', 'bin/kaohe.js'));
  printTable(
    (only === undefined ? CASES : [only]).map((id) => measureCase(dir, id, runs, bin)),
    runs,
  );
}
