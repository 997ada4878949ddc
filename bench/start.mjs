// Cold-start benchmark: `kaohe score plans/city-2010.yaml` (and `validate`) as fresh processes
// against `node -e ''`, alternating the runs so both see the same machine, median of N: wall time, and CPU
// time (user + system, from a --require'd hook in each child), which a loaded machine distorts less.
// NODE_EXTRA_CA_CERTS is unset: on these machines it adds ~85 ms to every Node start.
// Usage: npm run build && node bench/start.mjs [runs] [--bin PATH] [--before OTHER/bin/kaohe.js]
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadavg } from 'node:os';
import { spawnSync } from 'node:child_process';
import { median, spread } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(/^\d+$/.test(process.argv[2] ?? '') ? process.argv[2] : 15);
// --bin: another build's bin/kaohe.js (say, the tree before a change), measured the same way.
const bin = process.argv.includes('--bin') ? process.argv[process.argv.indexOf('--bin') + 1] : 'bin/kaohe.js';
// --before: another build's bin/kaohe.js, measured in the same runs (alternating with this one), rows marked "before".
const before = process.argv.includes('--before') ? process.argv[process.argv.indexOf('--before') + 1] : undefined;
const env = {};

const commands = {
  'node -e ""': ['-e', ''],
  'kaohe --version': [bin, '--version'],
  'kaohe --help': [bin, '--help'],
  'kaohe validate plans/city-2010.yaml': [bin, 'validate', 'plans/city-2010.yaml'],
  'kaohe score plans/city-2010.yaml': [bin, 'score', 'plans/city-2010.yaml'],
  'kaohe score --format json': [bin, 'score', 'plans/city-2010.yaml', '--format', 'json'],
};

if (before)
  for (const [name, args] of Object.entries(commands))
    if (args[0] === bin) commands[`before: ${name.replace('kaohe ', '')}`] = [before, ...args.slice(1)];

const hook = join(root, 'bench', 'cpu-hook.cjs');
function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', hook, ...args], { cwd: root, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, cpuMs: Number(/cpu\(us\): (\d+)/.exec(r.stderr)?.[1]) / 1000 };
}

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
const med = (name, key) => median(samples[name].map((m) => m[key]));
const base = { ms: med('node -e ""', 'ms'), cpuMs: med('node -e ""', 'cpuMs') };
console.log(
  `cold start, median of ${runs} alternating runs (node ${process.version}), load average ${loadavg()[0].toFixed(2)}`,
);
console.log(
  ['command'.padEnd(40), 'wall ms', 'spread', '× node', 'cpu ms', '× node']
    .map((h, i) => (i ? h.padStart(12) : h))
    .join(''),
);
for (const name of Object.keys(commands)) {
  const ms = med(name, 'ms');
  const cpu = med(name, 'cpuMs');
  const cells = [
    ms.toFixed(1),
    spread(
      samples[name].map((m) => m.ms),
      (x) => x.toFixed(0),
    ),
    `${(ms / base.ms).toFixed(2)}×`,
    cpu.toFixed(1),
    `${(cpu / base.cpuMs).toFixed(2)}×`,
  ];
  console.log(name.padEnd(40) + cells.map((c) => c.padStart(12)).join(''));
}
