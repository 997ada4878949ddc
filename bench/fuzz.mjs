// The long fuzz run: `node bench/fuzz.mjs [--count 100000] [--from 0] [--jobs 1] [--batch 2000]`.
// Bundles test/fuzz/child.ts (the engine npm test runs, with the in-memory command line of test/helpers) with esbuild,
// then runs the seeds in worker processes of --batch inputs each. A watchdog kills a worker that spends more than
// 10 s on one input and counts a hang for that seed; the run goes on from the next one. Prints inputs, failures,
// hangs, the slowest input and the inputs per second; exits 1 if anything failed or hung.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const COUNT = arg('count', 100_000);
const FROM = arg('from', 0);
const JOBS = arg('jobs', 1);
const BATCH = arg('batch', 2_000);
const HANG_MS = 10_000;
const START_MS = 120_000;

// beside the other generated bench data (git-ignored), where Node finds the packages it leaves external; one bundle
// per run, so a run started later (on changed code) never replaces the one a running run forks its workers from
const child = `bench/data/fuzz-child-${process.pid}.mjs`;
await build({
  entryPoints: ['test/fuzz/child.ts'],
  outfile: child,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  logLevel: 'warning',
});

// inputs are written and read thousands of times a minute: in memory when the machine has /dev/shm
const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'kaohe-fuzz-bench-'));
const totals = { inputs: 0, failures: [], hangs: [], slowest: { seed: FROM, ms: 0 } };
const started = performance.now();

// Runs seeds [from, end) in one worker after another; a hang ends a worker, and the next starts after the hung seed.
async function runRange(from, end, job) {
  let next = from;
  while (next < end) {
    const count = Math.min(BATCH, end - next);
    next = await runWorker(next, count, join(root, `job-${job}`));
  }
}

function runWorker(from, count, dir) {
  return new Promise((resolve) => {
    const worker = fork(child, [String(from), String(count), dir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    let current = from;
    let timer;
    let begun = false;
    let done = false;
    // until its first input, a worker is loading (seconds on a busy machine): a longer wait, not a hang
    const arm = (ms = HANG_MS) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        totals.hangs.push(current);
        totals.inputs++;
        console.error(`hang: seed ${current}`);
        worker.kill('SIGKILL');
      }, ms);
    };
    worker.on('message', (message) => {
      if (message.seed !== undefined) {
        begun = true;
        current = message.seed;
        arm();
      } else if (message.report) {
        done = true;
        const r = message.report;
        totals.inputs += r.inputs;
        totals.failures.push(...r.failures);
        for (const f of r.failures) console.error(`failure: seed ${f.seed} (${f.kind}) ${f.args.join(' ')}: ${f.why}`);
        if (r.slowest.ms > totals.slowest.ms) totals.slowest = r.slowest;
        const seconds = ((performance.now() - started) / 1000).toFixed(0);
        console.error(
          `… ${totals.inputs} inputs, ${totals.failures.length} failures, ${totals.hangs.length} hangs, ${seconds} s`,
        );
      }
    });
    worker.on('exit', (code) => {
      clearTimeout(timer);
      if (done) return resolve(from + count);
      // a worker that never reached its first input is a broken build, not a finding: stop the run
      if (!begun && code !== null) throw new Error(`the fuzz worker did not start (exit ${code})`);
      if (!totals.hangs.includes(current)) {
        totals.failures.push({ seed: current, why: `worker exited ${code}` });
        totals.inputs++;
      }
      resolve(current + 1);
    });
    arm(START_MS);
  });
}

const per = Math.ceil(COUNT / JOBS);
await Promise.all(
  Array.from({ length: JOBS }, (_, j) => runRange(FROM + j * per, Math.min(FROM + COUNT, FROM + (j + 1) * per), j)),
);
rmSync(root, { recursive: true, force: true });
rmSync(child, { force: true });
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${totals.inputs} inputs (seeds ${FROM}–${FROM + COUNT - 1}), ${totals.failures.length} failures, ` +
    `${totals.hangs.length} hangs; slowest input ${totals.slowest.ms.toFixed(0)} ms (seed ${totals.slowest.seed}); ` +
    `${seconds.toFixed(0)} s, ${(totals.inputs / seconds).toFixed(1)} inputs/s`,
);
process.exitCode = totals.failures.length + totals.hangs.length > 0 ? 1 : 0;
