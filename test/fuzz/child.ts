// One worker of bench/fuzz.mjs (bundled by it with esbuild): runs seeds [from, from + count) through the in-memory
// command line, tells the parent each seed as it starts (its watchdog names the seed that hangs) and each failure,
// then the report.
import { runKaohe } from '../helpers/memory-io.js';
import { fuzz } from './engine.js';

const [from, count, dir] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
const send = (message: unknown) => process.send?.(message);
const report = await fuzz({ run: (args) => runKaohe(args), dir, from, count, onCase: (seed) => send({ seed }) });
send({ report });
process.disconnect?.();
