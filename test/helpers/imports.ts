// What a TypeScript source imports, read from its text: for the tests that hold the layers apart.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One import or re-export of a file: what it names, the repository path it reaches, and whether it is types only. */
export interface ImportOf {
  specifier: string;
  /** `src/…/x.ts` for a relative import; the specifier itself for a package. */
  target: string;
  typeOnly: boolean;
}

/** Returns every .ts file under a folder of the repository, as absolute paths. */
export function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourcesUnder(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Returns the text with its comments removed (a comment may mention anything; code may not). */
export function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Returns the imports, re-exports and dynamic imports of a file's text; `file` is its absolute path. */
export function importsOf(file: string, text: string): ImportOf[] {
  const code = codeOf(text);
  const found: ImportOf[] = [];
  for (const match of code.matchAll(
    /\b(?:import|export)\b([^'"`;]*?)\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
  )) {
    const specifier = match[2] ?? match[3] ?? '';
    const target = specifier.startsWith('.')
      ? relative(ROOT, resolve(dirname(file), specifier))
          .replace(/\\/g, '/')
          .replace(/\.js$/, '.ts')
      : specifier;
    found.push({ specifier, target, typeOnly: /^\s*type\b/.test(match[1] ?? '') });
  }
  return found;
}
