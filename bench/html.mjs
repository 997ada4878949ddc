// HTML report benchmark (issue #15): on the national case (2,881 units, 30 indicators), the time to write
// `score --format html` against `score --format json` (the baseline, run alternately with it in the same
// script: medians of wall and CPU time), then the time headless Chromium takes to load the written report
// from file:// (the `load` event: HTML parsed, SVG and tables laid out), median of several loads.
// Usage: npm run build && node bench/generate.mjs && node bench/html.mjs [--runs N] [--case national-2850]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('--runs', '3'));
const name = arg('--case', 'national-2850');
const plan = join(root, 'bench', 'data', `${name}.yaml`);
const out = mkdtempSync(join(tmpdir(), 'kaohe-bench-html-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs `kaohe score PLAN --format F --out FILE` in a fresh process; returns wall and CPU (user + system) seconds.
function score(format) {
  const file = join(out, `${name}.${format}`);
  const script =
    'const t=process.hrtime.bigint();' +
    `process.argv=[process.argv[0],'kaohe','score',${JSON.stringify(plan)},'--format','${format}','--out',${JSON.stringify(file)}];` +
    "process.on('exit',()=>{const u=process.resourceUsage();" +
    "process.stderr.write('\\nbench '+(u.userCPUTime+u.systemCPUTime)/1e6+'\\n')});" +
    `await import(${JSON.stringify(join(root, 'bin', 'kaohe.js'))});`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0) throw new Error(`${format}: exit ${r.status}\n${r.stderr}`);
  const cpu = Number(/bench ([\d.]+)/.exec(r.stderr)?.[1]);
  return { wall, cpu, file, mb: statSync(file).size / 1e6 };
}

const json = [];
const html = [];
for (let k = 0; k < runs; k++) {
  json.push(score('json'));
  html.push(score('html'));
}
const row = (label, list) => {
  const w = median(list.map((r) => r.wall));
  const c = median(list.map((r) => r.cpu));
  console.log(`${label.padEnd(6)} wall ${w.toFixed(2)} s  cpu ${c.toFixed(2)} s  ${list[0].mb.toFixed(1)} MB`);
  return { w, c };
};
console.log(`${name}, ${runs} alternating runs each, medians:`);
const j = row('json', json);
const h = row('html', html);
console.log(`html / json: wall ×${(h.w / j.w).toFixed(2)}, cpu ×${(h.c / j.c).toFixed(2)} (aim: ≤ ×2)`);

const executablePath =
  process.env.CHROME_PATH || spawnSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).stdout.trim();
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const loads = [];
try {
  for (let k = 0; k < runs; k++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const start = process.hrtime.bigint();
    await page.goto(`file://${html[0].file}`, { waitUntil: 'load', timeout: 120000 });
    loads.push(Number(process.hrtime.bigint() - start) / 1e9);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(
  `chromium load: median ${median(loads).toFixed(2)} s of ${loads.map((s) => s.toFixed(2)).join(', ')} (aim: < 5 s)`,
);
