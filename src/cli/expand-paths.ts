// Turning what the user typed into a sorted list of files: plain files, directories (their plans),
// and globs quoted for the shell (`"plans/*.yaml"`, `"plans/**/*.yaml"`), so that the order of the
// run never depends on the file system.
import { posix } from 'node:path';
import type { Diagnostic } from '../model.js';
import { errorText } from '../messages/index.js';
import { fileError } from './context.js';
import type { Io } from './io.js';

const YAML_FILE = /\.ya?ml$/i;

/** Returns whether the start of a YAML text reads as a plan rather than an actuals file. */
export function looksLikePlan(head: string): boolean {
  return /^(plan|indicators|units)\s*:/m.test(head) || !/^actuals\s*:/m.test(head);
}

/** Returns a RegExp for one glob segment: `*` any run of characters but `/`, `?` one character. */
function segmentPattern(segment: string): RegExp {
  const escaped = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${escaped}$`);
}

async function walk(io: Io, dir: string, recursive: boolean, into: string[]): Promise<void> {
  for (const name of await io.readDir(dir)) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = dir === '.' ? name : posix.join(dir, name);
    const kind = await io.stat(path);
    if (kind === 'file') into.push(path);
    else if (kind === 'directory' && recursive) await walk(io, path, true, into);
  }
}

async function expandGlob(io: Io, pattern: string): Promise<string[]> {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((s) => /[*?]/.test(s));
  const root = firstGlob === 0 ? '.' : segments.slice(0, firstGlob).join('/') || '/';
  const rest = segments.slice(firstGlob);
  const recursive = rest.includes('**');
  const files: string[] = [];
  if ((await io.stat(root)) !== 'directory') return [];
  await walk(io, root, recursive, files);
  const matchers = rest.map((s) => (s === '**' ? null : segmentPattern(s)));
  const matches = (parts: string[], m: number): boolean => {
    if (m === matchers.length) return parts.length === 0;
    const matcher = matchers[m];
    if (matcher === null) return matches(parts, m + 1) || (parts.length > 0 && matches(parts.slice(1), m));
    return parts.length > 0 && matcher!.test(parts[0]!) && matches(parts.slice(1), m + 1);
  };
  const prefix = root === '.' ? '' : `${root}/`;
  return files.filter((f) => matches(f.slice(prefix.length).split('/'), 0));
}

/**
 * Returns the plan files named by files, directories and globs, sorted and without repeats, and a diagnostic for each
 * name that matches nothing.
 */
export async function expandPlanPaths(
  io: Io,
  args: readonly string[],
  readHead: (path: string) => Promise<string>,
): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const found = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const arg of args) {
    const kind = await io.stat(arg);
    if (kind === 'file' || (kind === null && !/[*?]/.test(arg))) {
      found.add(arg); // a missing file is reported by the reader, with the others
      continue;
    }
    const candidates = kind === 'directory' ? await listDir(io, arg) : await expandGlob(io, arg);
    const plans: string[] = [];
    for (const path of candidates.filter((p) => YAML_FILE.test(p)))
      if (looksLikePlan(await readHead(path))) plans.push(path);
    if (plans.length === 0) {
      const message = errorText('FILE_NOT_FOUND', 'no_plans', { path: arg });
      diagnostics.push(fileError('FILE_NOT_FOUND', arg, message, errorText('FILE_NOT_FOUND', 'no_plans_hint')));
    }
    for (const p of plans) found.add(p);
  }
  return { paths: [...found].sort(), diagnostics };
}

async function listDir(io: Io, dir: string): Promise<string[]> {
  const files: string[] = [];
  await walk(io, dir.replace(/\/+$/, '') || '.', false, files);
  return files;
}
