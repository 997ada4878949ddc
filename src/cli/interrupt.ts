// What an interrupted run (Ctrl-C, SIGTERM) must undo before it ends: the temporary files being written (--out's,
// a spool's) are removed, and a redirected standard output being streamed into is cut back to its size before.
import * as fsc from 'node:fs';

/** Temporary files being written now: removed if the run is interrupted. */
const liveTemps = new Set<string>();
/** The size a redirected standard output had before a result streamed into it: cut back to if interrupted. */
let stdoutCutTo: number | undefined;
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;
let watching = false;

/**
 * Removes every temporary file being written and cuts a redirected standard output being streamed into back to its
 * size before, then ends the process by the same signal (`kill`): an interrupted run leaves no `.tmp` beside the
 * clerk's files and no half a result. Exported for a test that passes its own `kill`.
 */
export function interrupted(signal: NodeJS.Signals, kill: (signal: NodeJS.Signals) => void = raise): void {
  for (const temp of liveTemps) fsc.rmSync(temp, { force: true });
  liveTemps.clear();
  if (stdoutCutTo !== undefined) cutStdout(stdoutCutTo);
  stdoutCutTo = undefined;
  unwatchSignals();
  kill(signal);
}

// With kaohe's handlers gone, the signal's default action ends the process with the usual status (130 for ^C).
function raise(signal: NodeJS.Signals): void {
  process.kill(process.pid, signal);
}

// Node calls a signal's listener with the signal's name and number: the number is no `kill`.
const onSignal = (signal: NodeJS.Signals): void => interrupted(signal);

function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

// Called when a temporary file or a streamed standard output is done with: the handlers go once nothing is left.
function unwatchSignals(): void {
  if (liveTemps.size > 0 || stdoutCutTo !== undefined) return;
  watching = false;
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
}

/** Returns the temporary files being written now (for tests). */
export function liveTemporaryFiles(): string[] {
  return [...liveTemps];
}

/** Marks a temporary file as being written: removed if the run is interrupted until it is released. */
export function holdTemporary(path: string): void {
  liveTemps.add(path);
  watchSignals();
}

/** The temporary file is done with (renamed or removed): an interrupt no longer touches it. */
export function releaseTemporary(path: string): void {
  liveTemps.delete(path);
  unwatchSignals();
}

/**
 * Marks standard output (a regular file) as being streamed into from `size` bytes on: cut back to `size` if the run is
 * interrupted until it is released. Undefined marks nothing.
 */
export function holdStdoutCut(size: number | undefined): void {
  stdoutCutTo = size;
  if (size !== undefined) watchSignals();
}

/** Standard output is written or cut back: an interrupt no longer cuts it. */
export function releaseStdoutCut(): void {
  stdoutCutTo = undefined;
  unwatchSignals();
}

// On a signal: a file that can no longer be cut (its disk gone) keeps what it has, and the signal still ends the run.
function cutStdout(size: number): void {
  try {
    fsc.ftruncateSync(1, size);
  } catch {}
}
