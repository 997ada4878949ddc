// An Io for tests: the real file system for reading and writing, captured stdout and stderr,
// a fixed environment (no colour, English unless asked), never a terminal.
import type { Io } from '../../src/cli/io.js';
import { nodeIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

/** A captured run of kaohe. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Returns an Io that captures what kaohe writes. */
export function memoryIo(env: Record<string, string> = {}): Io & { out: string[]; err: string[]; bytes: Uint8Array[] } {
  const out: string[] = [];
  const err: string[] = [];
  const bytes: Uint8Array[] = [];
  const capture = (into: string[]) => (data: string | Uint8Array) => {
    if (typeof data === 'string') into.push(data);
    else bytes.push(data);
  };
  return {
    ...nodeIo,
    out,
    err,
    bytes,
    stdout: { write: capture(out), isTTY: false },
    stderr: { write: capture(err), isTTY: false },
    env: { LANG: 'en_US.UTF-8', ...env },
  };
}

/** Runs `kaohe ARGS` in memory and returns its exit code and output. */
export async function runKaohe(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const io = memoryIo(env);
  const code = await main(['node', 'kaohe', ...args], io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** Returns a golden file's text: the command line (after `env`, when given), stdout, stderr and exit code. */
export function goldenText(args: readonly string[], run: Run, env: Record<string, string> = {}): string {
  const prefix = Object.entries(env)
    .map(([k, v]) => `${k}=${v} `)
    .join('');
  const block = (title: string, text: string) =>
    `## ${title}\n\n\`\`\`\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}\`\`\`\n`;
  return `# ${prefix}kaohe ${args.join(' ')}\n\n${block('stdout', run.stdout)}\n${block('stderr', run.stderr)}\nexit code: ${run.code}\n`;
}
