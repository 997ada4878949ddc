// Anchors, aliases and merge keys resolved in the parsed tree itself, as YAML defines them, so that every later
// step (schema, exact decimal text, positions) reads plain nodes: an alias of a scalar becomes a copy placed where
// the alias is written; an alias of a map or list is the anchored node itself (its positions are where its values
// are written); a merge key `<<` (YAML 1.1's merge type, which clerks use as in `<<: *county`) adds the pairs of
// the merged maps that the map does not set itself. Numbers YAML reads in forms a decimal field must not take
// (.inf, .nan, 1e400, hexadecimal, octal) are refused by name.
import { isAlias, isMap, isPair, isScalar, isSeq, Pair, type Document, type Node, type Scalar } from 'yaml';
import { errorText } from '../messages/index.js';
import type { Diagnostic, ErrorCode, Msg } from '../model.js';

/**
 * Values reached through aliases beyond this many, or beyond the file's length in characters if that is more, are an
 * alias bomb: a national plan whose 2,850 units share one targets map reaches 90,000 values from 290,000 characters.
 */
export const MIN_ALIAS_BUDGET = 10_000;
/** Deeper nesting than this is refused before any recursive step (schema, reading) can overflow the stack. */
export const MAX_YAML_DEPTH = 64;

/** Where a node is, as a diagnostic's position. */
export type Place = (node: Node | null | undefined) => Omit<Diagnostic, 'code' | 'severity' | 'message'>;

interface Walk {
  doc: Document;
  place: Place;
  sizes: Map<unknown, number>;
  expanded: number;
  budget: number;
  found: Diagnostic[];
}

/**
 * Rewrites the document's tree so that it holds no alias and no merge key, and returns the diagnostics:
 * YAML_ALIAS_LIMIT (more values through aliases than MIN_ALIAS_BUDGET or the text's length), YAML_SYNTAX (a merge
 * key whose value is not a map or list of maps, an alias of a map used as a key, nesting deeper than
 * MAX_YAML_DEPTH) and YAML_NUMBER (a number written .inf, .nan, beyond a double's range, in hexadecimal or octal,
 * or with a leading zero).
 */
export function resolveYamlTree(doc: Document, textLength: number, place: Place): Diagnostic[] {
  const budget = Math.max(MIN_ALIAS_BUDGET, textLength);
  const w: Walk = { doc, place, sizes: new Map(), expanded: 0, budget, found: [] };
  const contents = walk(w, doc.contents as Node | null, 1);
  if (w.found.length === 0) doc.contents = contents;
  return w.found;
}

function report(w: Walk, code: ErrorCode, node: Node | null | undefined, message: Msg, hint: Msg): void {
  w.found.push({ code, severity: 'error', ...w.place(node), message, hint });
}

function walk(w: Walk, node: Node | null, depth: number): Node | null {
  if (w.found.length > 20) return node; // enough to act on; a broken file would repeat itself
  if (depth > MAX_YAML_DEPTH) {
    report(
      w,
      'YAML_SYNTAX',
      node,
      errorText('YAML_SYNTAX', 'depth', { depth: MAX_YAML_DEPTH }),
      errorText('YAML_SYNTAX', 'depth_hint'),
    );
    return node;
  }
  if (isAlias(node)) return resolveAlias(w, node);
  if (isScalar(node)) {
    checkNumber(w, node);
    return node;
  }
  if (isSeq(node)) {
    node.items = node.items.map((item) => walk(w, item as Node | null, depth + 1));
    return node;
  }
  if (isMap(node)) {
    resolveMap(w, node, depth);
    return node;
  }
  return node;
}

function resolveAlias(w: Walk, alias: Node & { source: string }): Node | null {
  const target = (alias as unknown as { resolve(doc: Document): Node | undefined }).resolve(w.doc);
  if (target === undefined) {
    // The parser accepts an alias whose anchor is missing or comes later; YAML gives it no value.
    const name = alias.source;
    report(
      w,
      'YAML_SYNTAX',
      alias,
      errorText('YAML_SYNTAX', 'no_anchor', { name }),
      errorText('YAML_SYNTAX', 'no_anchor_hint'),
    );
    return null;
  }
  w.expanded += sizeOf(w, target);
  if (w.expanded > w.budget) {
    if (!w.found.some((d) => d.code === 'YAML_ALIAS_LIMIT'))
      report(
        w,
        'YAML_ALIAS_LIMIT',
        alias,
        errorText('YAML_ALIAS_LIMIT', 'values', { budget: w.budget }),
        errorText('YAML_ALIAS_LIMIT', 'hint'),
      );
    return alias;
  }
  if (!isScalar(target)) return target; // already resolved: anchors come before their aliases
  const copy = target.clone() as Scalar;
  copy.range = alias.range ?? copy.range;
  copy.anchor = undefined;
  return copy;
}

// How many nodes a resolved node stands for, counting a shared node each time it is reached.
function sizeOf(w: Walk, node: unknown): number {
  const known = w.sizes.get(node);
  if (known !== undefined) return known;
  let size = 1;
  if (isSeq(node)) for (const item of node.items) size += sizeOf(w, item);
  else if (isMap(node)) for (const pair of node.items) size += sizeOf(w, pair.key) + sizeOf(w, pair.value);
  w.sizes.set(node, size);
  return size;
}

const isMergeKey = (key: unknown): boolean => isScalar(key) && key.value === '<<' && key.type === 'PLAIN';

function resolveMap(w: Walk, map: Node & { items: Pair[] }, depth: number): void {
  const own = new Set<unknown>();
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) {
      pair.key = walk(w, pair.key as Node | null, depth + 1);
      own.add(isScalar(pair.key) ? pair.key.value : pair.key);
    }
    pair.value = walk(w, pair.value as Node | null, depth + 1);
  }
  if (!map.items.some((p) => isMergeKey(p.key))) return;
  const items: Pair[] = [];
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) {
      items.push(pair);
      continue;
    }
    for (const source of mergeSources(w, pair)) {
      for (const merged of source.items) {
        const key = isScalar(merged.key) ? merged.key.value : merged.key;
        if (own.has(key)) continue; // the map's own keys, and earlier merged maps, win: YAML's merge type
        own.add(key);
        items.push(new Pair(merged.key, merged.value));
      }
    }
  }
  map.items = items;
}

function mergeSources(w: Walk, pair: Pair): (Node & { items: Pair[] })[] {
  const value = pair.value as Node | null;
  const list = isSeq(value) ? (value.items as (Node | null)[]) : [value];
  if (list.every((m) => isMap(m) && m.items.every(isPair))) return list as (Node & { items: Pair[] })[];
  report(
    w,
    'YAML_SYNTAX',
    value ?? (pair.key as Node),
    errorText('YAML_SYNTAX', 'merge'),
    errorText('YAML_SYNTAX', 'merge_hint'),
  );
  return [];
}

// YAML 1.2 reads these as numbers; none is a value a target, weight or actual can have.
function checkNumber(w: Walk, node: Scalar): void {
  if (typeof node.value !== 'number' || node.type !== 'PLAIN') return;
  const text = String(node.source ?? '');
  const named = numberFormName(text, node.value, (node as { format?: string }).format);
  if (named === undefined) return;
  report(w, 'YAML_NUMBER', node, named, errorText('YAML_NUMBER', 'hint'));
}

/** Returns why a YAML number's written form is refused (named), or undefined when it is a plain decimal. */
export function numberFormName(text: string, value: number, format: string | undefined): Msg | undefined {
  if (Number.isNaN(value)) return errorText('YAML_NUMBER', 'nan', { text });
  if (/^[-+]?\.inf$/i.test(text)) return errorText('YAML_NUMBER', 'infinity', { text });
  if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(text.split(/e/i)[0] ?? '')))
    return errorText('YAML_NUMBER', 'range', { text });
  if (format === 'HEX' || /^[-+]?0x/i.test(text)) return errorText('YAML_NUMBER', 'hex', { text, value });
  if (format === 'OCT' || /^[-+]?0o/i.test(text)) return errorText('YAML_NUMBER', 'octal', { text, value });
  if (/^[-+]?0\d+$/.test(text)) return errorText('YAML_NUMBER', 'leading_zero', { text });
  return undefined;
}
