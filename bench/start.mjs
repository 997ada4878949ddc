// Cold-start benchmark: `kaohe score plans/city-2010.yaml` (and `validate`) as fresh processes
// against `node -e ''`, alternating the runs so both see the same machine, median of N.
// NODE_EXTRA_CA_CERTS is unset: on these machines it adds ~85 ms to every Node start.
// Usage: npm run build && node bench/start.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 15);
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
env.NO_COLOR = '1';

const commands = {
  'node -e ""': ['-e', ''],
  'kaohe --version': ['bin/kaohe.js', '--version'],
  'kaohe validate plans/city-2010.yaml': ['bin/kaohe.js', 'validate', 'plans/city-2010.yaml'],
  'kaohe score plans/city-2010.yaml': ['bin/kaohe.js', 'score', 'plans/city-2010.yaml'],
  'kaohe score --format json': ['bin/kaohe.js', 'score', 'plans/city-2010.yaml', '--format', 'json'],
};

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples[name].push(time(args));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['node -e ""']);
console.log(`cold start, median of ${runs} alternating runs (node ${process.version})`);
console.log('command'.padEnd(40), 'median ms'.padStart(10), 'ratio to node'.padStart(14));
for (const name of Object.keys(commands)) {
  const m = median(samples[name]);
  console.log(name.padEnd(40), m.toFixed(1).padStart(10), `${(m / base).toFixed(2)}×`.padStart(14));
}
