// Preloaded by bench/start.mjs (node --require): prints the process's CPU time (user + system, µs, since the
// process started) on stderr as it exits — finer than GNU time's 10 ms, and cheap (a CommonJS file, no ESM loader).
process.on('exit', () => {
  const u = process.cpuUsage();
  require('node:fs').writeSync(2, `\ncpu(us): ${u.user + u.system}\n`);
});
