// One child process measured: wall time from the parent, CPU time (user + system) and peak RSS from
// /usr/bin/time -v when present, else from process.resourceUsage() printed by an --import hook at exit.
// Shared by scale.mjs and peers.mjs.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';
// Prints the peak RSS (KiB) and CPU time on stderr as the process ends, for machines without GNU time.
const RSS_HOOK =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source text run by node
  'data:text/javascript,import{writeSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeSync(2,`\\nmaxRSS(KiB): ${u.maxRSS}\\ncpu(us): ${u.userCPUTime+u.systemCPUTime}\\n`)})';

/** Where peak RSS comes from on this machine. */
export const rssBy = existsSync(GNU_TIME) ? 'GNU time -v' : 'resourceUsage().maxRSS';

/**
 * Runs `command args…` once (command defaults to this node); returns its wall and CPU time (ms), peak RSS (MB),
 * stdout (when not sent to `stdoutFile`) and `failed` (a message) when it exited other than 0 or 1.
 */
export function measure(args, { stdoutFile, cwd, command = process.execPath, env: extra = {} } = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS; // adds ~85 ms to every Node start on these machines (see bench/start.mjs)
  const gnu = existsSync(GNU_TIME);
  const isNode = command === process.execPath;
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-v', command, ...args]]
    : [command, isNode ? ['--import', RSS_HOOK, ...args] : args];
  const fd = stdoutFile === undefined ? 'pipe' : openSync(stdoutFile, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', fd, 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof fd === 'number') closeSync(fd);
  const kib = gnu
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]
    : /maxRSS\(KiB\): (\d+)/.exec(r.stderr)?.[1];
  const seconds = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1]);
  const cpuMs = gnu
    ? (seconds('User') + seconds('System')) * 1000
    : Number(/cpu\(us\): (\d+)/.exec(r.stderr)?.[1]) / 1000;
  // Exit 1 is a --fail-on match, still a full run; anything else is a failure the table must show.
  const failed =
    r.status === 0 || r.status === 1
      ? undefined
      : `exit ${r.status}: ${/^kaohe: (.*)$/m.exec(r.stderr)?.[1] ?? r.stderr.trim().split('\n').slice(-3).join(' ')}`;
  return { ms, cpuMs, mb: Number(kib) / 1024, stdout: r.stdout ?? '', failed, rss: rssBy };
}

/** Returns the median of numbers (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Returns "min–max" of numbers formatted by `f`: the spread of the runs a median was taken from. */
export const spread = (xs, f) => `${f(Math.min(...xs))}–${f(Math.max(...xs))}`;
