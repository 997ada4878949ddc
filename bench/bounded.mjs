// No quadratic path left: each hostile shape at size n and 10n (diagnostics, header labels, wide rows, long numbers
// in actuals and in a plan), run in this process through the built CLI (dist/) with output captured, alternating
// n and 10n, median CPU time of N runs. Linear work grows ×10 with the input (less while start-up costs dominate);
// quadratic work grows ×100. Usage: npm run build && node bench/bounded.mjs [runs]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

// the built CLI is one CommonJS bundle (dist/kaohe.cjs)
const { main, nodeIo } = createRequire(import.meta.url)('../dist/kaohe.cjs');

const runs = Number(process.argv[2] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'kaohe-bounded-'));
const PLAN = 'fixtures/errors/valid.yaml';
const file = (name, text) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const long = (rows) => `unit,indicator,value\n${rows.join('\n')}\n`;

// Each case: a name, what n counts, and the command for size n.
const cases = [
  [
    'diagnostics: bad rows',
    3_200,
    (n) => [
      'validate',
      PLAN,
      file(`bad-${n}.csv`, long(Array.from({ length: n }, (_, i) => `城关区,urban_new_jobs,abc${i}`))),
    ],
  ],
  [
    'header label: bytes of "(" and spaces',
    430,
    (n) => ['validate', PLAN, file(`header-${n}.csv`, `单位,城镇新增就业(${' '.repeat(n)}\n城关区,1\n`)],
  ],
  [
    'wide rows: columns',
    2_000,
    (n) => [
      'validate',
      PLAN,
      file(`wide-${n}.csv`, `单位,urban_new_jobs,unemployment_rate${',x'.repeat(n)}\n城关区,1,2${',9'.repeat(n)}\n`),
    ],
  ],
  [
    'number in actuals: digits',
    10_000,
    (n) => ['validate', PLAN, file(`digits-${n}.csv`, long([`城关区,urban_new_jobs,${'9'.repeat(n)}`]))],
  ],
  [
    'number in a plan target: digits (score, table)',
    1_000,
    (n) => [
      'score',
      file(
        `plan-${n}.yaml`,
        readFileSync(PLAN, 'utf8').replace('urban_new_jobs: 6000', `urban_new_jobs: "${'6'.repeat(n)}"`),
      ),
      '--actuals',
      'fixtures/errors/complete.csv',
    ],
  ],
];

const io = {
  ...nodeIo,
  stdout: { write() {}, isTTY: false },
  stderr: { write() {}, isTTY: false },
  env: { LANG: 'C' },
};
async function cpuMs(args) {
  const before = process.cpuUsage();
  await main(['node', 'kaohe', ...args], io);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`CPU ms, median of ${runs} alternating runs (node ${process.version})`);
console.log(
  'case'.padEnd(48),
  'n'.padStart(8),
  'ms'.padStart(9),
  '10n'.padStart(8),
  'ms'.padStart(9),
  'ratio'.padStart(7),
);
for (const [name, n, command] of cases) {
  const small = command(n);
  const large = command(10 * n);
  await cpuMs(small); // warm
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(await cpuMs(small));
    b.push(await cpuMs(large));
  }
  const [ma, mb] = [median(a), median(b)];
  console.log(
    name.padEnd(48),
    String(n).padStart(8),
    ma.toFixed(1).padStart(9),
    String(10 * n).padStart(8),
    mb.toFixed(1).padStart(9),
    `×${(mb / ma).toFixed(1)}`.padStart(7),
  );
}
rmSync(dir, { recursive: true, force: true });
