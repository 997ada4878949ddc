// YAML with positions: parse once, keep the Document and its LineCounter so that every later
// check (schema, semantics) can point at the line and column the user wrote.
import { appendAll } from '../collections.js';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { errorText } from '../messages/index.js';
import type { Diagnostic, Loaded, Source } from '../model.js';
import { type FastNode, readFastYaml } from './yaml-fast.js';
import { resolveYamlTree } from './yaml-resolve.js';

/**
 * A parsed YAML file: its text, Document, line counter and plain data. A file read by readPlanYaml's fast path has
 * `fast` (each node's line and column) and builds its Document only when something reads `doc` (an error to place).
 */
export interface YamlFile {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  data: unknown;
  fast?: FastNode;
}

/**
 * Returns a plan's YAML as parseYaml does, through the fast reader when the text is in its plain subset (the same data,
 * positions without a Document; the Document is parsed when first asked for), else through parseYaml.
 */
export function readPlanYaml(text: string, file: string): Loaded<YamlFile> {
  const fast = readFastYaml(text);
  if (fast === undefined) return parseYaml(text, file);
  let full: YamlFile | undefined;
  const load = (): YamlFile => {
    if (full !== undefined) return full;
    const parsed = parseYaml(text, file);
    if (parsed.value === undefined) throw new Error(`bug: ${file} read fast but not by yaml`);
    full = parsed.value;
    return full;
  };
  const y = {
    file,
    text,
    data: fast.data,
    fast: fast.root,
    get doc() {
      return load().doc;
    },
    get lineCounter() {
      return load().lineCounter;
    },
  };
  return { value: y, diagnostics: [] };
}

function fastAt(root: FastNode, path: YamlPath): FastNode {
  let node = root;
  for (const key of path) {
    const next =
      node.entries instanceof Map
        ? node.entries.get(String(key))
        : node.entries !== undefined && typeof key === 'number'
          ? node.entries[key]
          : undefined;
    if (next === undefined) break;
    node = next;
  }
  return node;
}

/** Returns where the value at `path` (or its nearest existing ancestor) starts, without the Document when it can. */
export function placeAt(y: YamlFile, path: YamlPath): Source {
  if (y.fast !== undefined) {
    const { line, col } = fastAt(y.fast, path);
    return { file: y.file, line, col };
  }
  const { file, line, col } = sourceAt(y, path);
  return { file, line, col };
}

/**
 * Returns whether any scalar's decimal text (decimalTextOf: a number's source, a string's value) passes `test`; for a
 * fast-read file without building its Document.
 */
export function someScalarText(y: YamlFile, test: (text: string | undefined) => boolean): boolean {
  if (y.fast === undefined) {
    let found = false;
    visit(y.doc, {
      Scalar(_, node) {
        if (!test(decimalTextOf(node))) return undefined;
        found = true;
        return visit.BREAK;
      },
    });
    return found;
  }
  const walk = (node: FastNode): boolean => {
    if (node.entries === undefined) return test(node.text);
    for (const child of node.entries.values()) if (walk(child)) return true;
    return false;
  };
  return walk(y.fast);
}

/** A mapping entry's value: its decimal text (decimalTextOf) and where it starts. */
export interface EntryPlace {
  text?: string | undefined;
  line: number;
  col: number;
}

/**
 * Returns the entries of the mapping at `path`, each key with its value's decimal text and place (a fast-read file's
 * own nodes, not copies); none when there is no mapping there.
 */
export function entriesAt(y: YamlFile, path: YamlPath): ReadonlyMap<string, EntryPlace> {
  if (y.fast !== undefined) {
    const node = fastAt(y.fast, path);
    return node.entries instanceof Map ? node.entries : new Map();
  }
  const out = new Map<string, EntryPlace>();
  const node = nodeAt(y, path);
  if (isMap(node))
    for (const pair of node.items)
      if (isScalar(pair.key) && isNode(pair.value)) {
        const { line, col } = sourceOfNode(y, pair.value);
        out.set(String(pair.key.value), { text: decimalTextOf(pair.value), line, col });
      }
  return out;
}

/** A path into YAML data: map keys and sequence indexes. */
export type YamlPath = readonly (string | number)[];

const FORBIDDEN_KEYS = new Set(['__proto__']);

// The parser's error codes that the catalogue words (YAML_SYNTAX's texts of the same name).
const KNOWN_PROBLEMS = new Set(['BAD_INDENT', 'MISSING_CHAR', 'MULTIPLE_DOCS', 'RESOURCE_EXHAUSTION'] as const);
type KnownProblem = typeof KNOWN_PROBLEMS extends Set<infer T> ? T : never;
const isKnown = (code: string): code is KnownProblem => KNOWN_PROBLEMS.has(code as KnownProblem);

// A JSON file's syntax error, worded as JSON's: the YAML parser's own words (flow maps, block collections) would
// mislead, so only where it stopped is kept.
function jsonSyntax(): Pick<Diagnostic, 'code' | 'message' | 'hint'> {
  return { code: 'JSON_SYNTAX', message: errorText('JSON_SYNTAX', 'message'), hint: errorText('JSON_SYNTAX', 'hint') };
}

/**
 * Returns the parsed file with its data, or diagnostics for syntax errors, duplicate keys, alias bombs and forbidden
 * keys.
 */
export function parseYaml(text: string, file: string): Loaded<YamlFile> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const diagnostics: Diagnostic[] = [];
  // After the first syntax error the parser's later complaints are mostly echoes of it: report
  // that one, and every duplicate key (each is a mistake of its own).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const error of doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === firstSyntax)) {
    const [start] = error.pos;
    const { line, col } = lineCounter.linePos(start);
    const duplicate = error.code === 'DUPLICATE_KEY';
    // Nesting too deep to read: the parser's own words ("Maximum call stack size exceeded") say nothing to a clerk.
    const deep = error.code === 'RESOURCE_EXHAUSTION';
    const detail = firstLine(error.message);
    // A .json file (a result given to diff or --previous) is read by the YAML parser, JSON being YAML: its syntax
    // error is worded as JSON's.
    if (!duplicate && !deep && /\.json$/i.test(file)) {
      diagnostics.push({ ...jsonSyntax(), severity: 'error', file, line, col, length: 1 });
      continue;
    }
    diagnostics.push({
      code: duplicate ? 'YAML_DUPLICATE_KEY' : 'YAML_SYNTAX',
      severity: 'error',
      file,
      line,
      col,
      length: Math.max(1, Math.min(error.pos[1] - start, 40)),
      message: duplicate
        ? errorText('YAML_DUPLICATE_KEY', 'message')
        : deep
          ? errorText('YAML_SYNTAX', 'message', { detail: errorText('YAML_SYNTAX', 'RESOURCE_EXHAUSTION') })
          : isKnown(error.code)
            ? errorText('YAML_SYNTAX', 'known', { problem: errorText('YAML_SYNTAX', error.code), detail })
            : errorText('YAML_SYNTAX', 'message', { detail }),
      hint: duplicate ? errorText('YAML_DUPLICATE_KEY', 'hint') : errorText('YAML_SYNTAX', deep ? 'deep_hint' : 'hint'),
    });
  }
  if (diagnostics.length > 0) return { diagnostics };
  const y: YamlFile = { file, text, doc, lineCounter, data: undefined };
  appendAll(
    diagnostics,
    resolveYamlTree(doc, text.length, (node) => sourceOfNode(y, node)),
  );
  if (diagnostics.length === 0) appendAll(diagnostics, findForbiddenKeys(y));
  if (diagnostics.length > 0) return { diagnostics };
  // No alias is left in the tree (resolveYamlTree bounded what they stand for), so toJS cannot blow up.
  y.data = doc.toJS({ maxAliasCount: -1 });
  return { value: y, diagnostics: [] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function findForbiddenKeys(y: YamlFile): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && FORBIDDEN_KEYS.has(String(pair.key.value))) {
          found.push({
            code: 'YAML_FORBIDDEN_KEY',
            severity: 'error',
            ...sourceOfNode(y, pair.key),
            length: String(pair.key.value).length,
            message: errorText('YAML_FORBIDDEN_KEY', 'message', { key: String(pair.key.value) }),
            hint: errorText('YAML_FORBIDDEN_KEY', 'hint'),
          });
        }
        visit(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(y.doc.contents);
  return found;
}

/** Returns the node at `path`, or the deepest existing ancestor when the path goes further than the file. */
export function nodeAt(y: YamlFile, path: YamlPath): Node | undefined {
  let node: unknown = y.doc.contents;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const next: unknown = node.get(key, true);
    if (next === undefined || next === null) break;
    node = next;
  }
  return node as Node | undefined;
}

/** Returns the key node of the last step of `path` (for errors about a key itself), or undefined. */
export function keyNodeAt(y: YamlFile, path: YamlPath): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(y, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last));
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** Returns the source position (and length) of a node. */
export function sourceOfNode(y: YamlFile, node: Node | undefined | null): Source & { length: number } {
  if (!node?.range) return { file: y.file, line: 1, col: 1, length: 1 };
  const { line, col } = y.lineCounter.linePos(node.range[0]);
  const end = node.range[1];
  const lineEnd = y.text.indexOf('\n', node.range[0]);
  const stop = lineEnd === -1 ? end : Math.min(end, lineEnd);
  return { file: y.file, line, col, length: Math.max(1, stop - node.range[0]) };
}

/** Returns the source position of the value at `path` (or of its nearest existing ancestor). */
export function sourceAt(y: YamlFile, path: YamlPath): Source & { length: number } {
  return sourceOfNode(y, nodeAt(y, path));
}

/**
 * Returns the exact source text of a YAML number at `path` (so 0.1 stays "0.1" and 20-digit integers keep every digit),
 * or its string value.
 */
export function decimalTextAt(y: YamlFile, path: YamlPath): string | undefined {
  if (y.fast !== undefined) return fastAt(y.fast, path).text;
  return decimalTextOf(nodeAt(y, path));
}

const NUMBER_TEXT = /^[-+]?[0-9_.]+([eE][-+]?[0-9]+)?$/;

/**
 * Returns the exact source text of a YAML number node (or the value of a string node), or undefined for anything else.
 */
export function decimalTextOf(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value !== 'number') return undefined;
  const written = node.source;
  return written !== undefined && NUMBER_TEXT.test(written) ? written.replace(/_/g, '') : String(node.value);
}
