// Units and indicators as clerks write them: by id or by Chinese name, with stray spaces, full-width
// brackets or a padding space (城　关) tolerated; anything else is unknown, with a did-you-mean.
import { labelText } from '../../messages/index.js';
import type { Indicator, Msg, Plan, Unit } from '../../model.js';
import { closest } from '../../suggest.js';

/** Finds a plan's units and indicators by what a file calls them. */
export interface Matcher {
  unit(text: string): Unit | undefined;
  indicator(text: string): Indicator | undefined;
  unitHint(text: string): Msg;
  indicatorHint(text: string): Msg;
}

/** Returns a loose key: NFKC (full-width → ASCII), no white space at all, lower case. */
export function looseKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

interface Lookup<T> {
  exact: Map<string, T>;
  // null marks a loose key shared by two entries: then only the exact spelling matches.
  loose: Map<string, T | null>;
  labels: string[];
}

function buildLookup<T extends { id: string; name: string }>(items: readonly T[]): Lookup<T> {
  const exact = new Map<string, T>();
  const loose = new Map<string, T | null>();
  for (const item of items) {
    for (const label of [item.id, item.name]) {
      if (!exact.has(label)) exact.set(label, item);
      const key = looseKey(label);
      const seen = loose.get(key);
      loose.set(key, seen === undefined || seen === item ? item : null);
    }
  }
  return { exact, loose, labels: items.flatMap((i) => [i.id, i.name]) };
}

// kaohe's own CSV guards a name that would run as a formula in Excel with an apostrophe ('=HYPERLINK…): a template
// filled in with a text editor still names its unit.
const GUARDED = /^'(?=[=+\-@\t\r])/;

function find<T>(lookup: Lookup<T>, text: string): T | undefined {
  const trimmed = text.trim().replace(GUARDED, '');
  return lookup.exact.get(trimmed) ?? lookup.loose.get(looseKey(trimmed)) ?? undefined;
}

// Characters that take no room on screen (Unicode format characters: U+200B zero-width space, U+FEFF, U+200D…): a
// name pasted with one looks like the plan's and is not.
const HIDDEN = /\p{Cf}/gu;

// The hint for a name with invisible characters: each by its code point, and the name it reads as without them.
function hiddenHint<T extends { id: string; name: string }>(lookup: Lookup<T>, text: string): Msg | undefined {
  const hidden = [...new Set(text.match(HIDDEN) ?? [])];
  if (hidden.length === 0) return undefined;
  const chars = hidden.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  const item = find(lookup, text.replace(HIDDEN, ''));
  if (item === undefined) return labelText('hint.hidden_char', { chars });
  return labelText('hint.hidden_char_reads', {
    chars,
    name: item.name === item.id ? item.id : `${item.name} (${item.id})`,
  });
}

function hintFor<T extends { id: string; name: string }>(lookup: Lookup<T>, text: string, what: Msg): Msg {
  const hidden = hiddenHint(lookup, text);
  if (hidden !== undefined) return hidden;
  const best = closest(text, lookup.labels);
  if (best !== undefined) {
    const item = lookup.exact.get(best)!;
    const both = item.name === item.id ? item.id : `${item.name} (${item.id})`;
    return labelText('hint.did_you_mean', { name: both });
  }
  const names = [...new Set(lookup.exact.values())].map((i) => i.name);
  const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ', …' : '');
  return labelText('hint.known_names', { what, names: shown });
}

/** Returns a matcher over the plan's units and indicators, by id or name. */
export function createMatcher(plan: Plan): Matcher {
  const units = buildLookup(plan.units);
  const indicators = buildLookup(plan.indicators);
  return {
    unit: (text) => find(units, text),
    indicator: (text) => find(indicators, text),
    unitHint: (text) => hintFor(units, text, labelText('noun.units')),
    indicatorHint: (text) => hintFor(indicators, text, labelText('noun.indicators')),
  };
}
