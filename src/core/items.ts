// A unit's point table above its indicators: groups (−per_miss per member missed, floored) and sections (subtotals
// within nested caps, the section's cap and floor; a bonus section), and the total they add up to.
import { getOrInsert } from '../collections.js';
import { D, DecimalSum, sumOf, ZERO, toPlain, toShown } from '../decimal.js';
import type { GroupResult, Plan, SectionResult } from '../model.js';
import type { Evaluated } from './indicator.js';
import type { SectionTop } from './cohort/relative.js';

/** A unit's groups and sections scored, and its total; groups and sections are absent when the plan has none. */
export interface PointTable {
  groups?: GroupResult[];
  sections?: SectionResult[];
  bonus?: D;
  total: D;
  maxScore: D;
  /** Item id → its points, for the indicators and the groups. */
  points: Map<string, D>;
  /** Each section's exact values, by section id; absent without sections. */
  sectionValues?: Map<string, SectionValue>;
}

/** A section's exact points (after its caps, floor and any normalising), subtotal, and points before its cap. */
export interface SectionValue {
  score: D;
  subtotal: D;
  uncapped: D;
}

/** Where an indicator sits in the plan's point table: the ids of its group and its section, when it has them. */
export interface ItemPlace {
  group?: string;
  section?: string;
}

// Each plan's item places, worked out once: the last group or section listing an item is its own.
const PLACES = new WeakMap<Plan, ReadonlyMap<string, ItemPlace>>();

/**
 * Returns the group and section of an indicator (the `group` and `section` of its result), undefined when it is in
 * neither. Known before the item is scored, so that its result is built with its keys in the schema's order.
 */
export function itemPlaceOf(plan: Plan, indicator: string): ItemPlace | undefined {
  let places = PLACES.get(plan);
  if (places === undefined) {
    const made = new Map<string, ItemPlace>();
    for (const g of plan.groups ?? [])
      for (const id of g.indicators) getOrInsert(made, id, (): ItemPlace => ({})).group = g.id;
    for (const s of plan.sections ?? [])
      for (const id of s.items) getOrInsert(made, id, (): ItemPlace => ({})).section = s.id;
    places = made;
    PLACES.set(plan, places);
  }
  return places.get(indicator);
}

/**
 * Returns false when no unit's result of the plan can have a point table's parts (groups, sections, an item scored by a
 * method: scorePointTable and evaluateIndicator add them); true when some may (a method item no unit has a target
 * for adds none).
 */
export function mayScorePoints(plan: Plan): boolean {
  return (
    plan.groups !== undefined || plan.sections !== undefined || plan.indicators.some((i) => i.method !== undefined)
  );
}

/** Returns the groups a unit has at least one member of, scored (members' results name their group: itemPlaceOf). */
export function scoreGroups(plan: Plan, evaluated: readonly Evaluated[]): GroupResult[] {
  const byId = new Map(evaluated.map((e) => [e.indicator.id, e]));
  const out: GroupResult[] = [];
  for (const group of plan.groups ?? []) {
    const members = group.indicators.flatMap((id) => byId.get(id) ?? []);
    if (members.length === 0) continue;
    const missed = members.filter((m) => m.status === 'missed').map((m) => m.indicator.id);
    const missing = members.filter((m) => m.status === 'missing').map((m) => m.indicator.id);
    // A member without an actual leaves the group undecided: it scores 0 like a missing indicator, never a guess.
    const raw = group.points.minus(group.perMiss.times(missed.length));
    const score = missing.length > 0 ? ZERO : D.max(group.floor, raw);
    out.push({
      id: group.id,
      name: group.name,
      points: toPlain(group.points),
      per_miss: toPlain(group.perMiss),
      missed,
      missing,
      status: missing.length > 0 ? 'missing' : missed.length > 0 ? 'missed' : 'met',
      score: toShown(score),
    });
  }
  return out;
}

/**
 * Returns the unit's point table: groups, sections with subtotals and caps, the bonus and the total. `tops` gives the
 * top scorer of each section normalised by it (normalise: top), read over every unit first.
 */
export function scorePointTable(
  plan: Plan,
  evaluated: readonly Evaluated[],
  tops?: ReadonlyMap<string, SectionTop>,
): PointTable {
  const groups = plan.groups === undefined ? undefined : scoreGroups(plan, evaluated);
  const points = new Map<string, D>();
  const values = new Map<string, D>();
  const grouped = new Set((plan.groups ?? []).flatMap((g) => g.indicators));
  for (const e of evaluated) {
    if (grouped.has(e.indicator.id)) continue;
    points.set(e.indicator.id, e.score);
    values.set(e.indicator.id, e.indicator.weight);
  }
  for (const g of groups ?? []) points.set(g.id, new D(g.score));
  for (const g of plan.groups ?? []) values.set(g.id, g.points);
  // The chain of plus, summed exactly without a copy of each operand (DecimalSum).
  const sum = (ids: Iterable<string>, from: Map<string, D>) => {
    const total = new DecimalSum();
    for (const id of ids) total.add(from.get(id) ?? ZERO);
    return total.value();
  };
  if (plan.sections === undefined) {
    const total = sum(points.keys(), points);
    return { ...(groups && { groups }), total, maxScore: sum(values.keys(), values), points };
  }
  const sections = plan.sections.map((section) => scoreSection(section, points, values, tops?.get(section.id)));
  for (const g of groups ?? []) {
    const id = itemPlaceOf(plan, g.id)?.section;
    if (id !== undefined) g.section = id;
  }
  const listed = new Set(plan.sections.flatMap((s) => s.items));
  // An item in no section still counts, on its own, toward the total.
  const unlisted = [...points.keys()].filter((id) => !listed.has(id));
  const total = sumOf([...unlisted.map((id) => points.get(id) ?? ZERO), ...sections.map((s) => s.score)]);
  const bonusSection = sections.find((s) => s.bonus);
  const maxScore = sumOf([
    ...unlisted.map((id) => values.get(id) ?? ZERO),
    ...plan.sections.map((s, i) => s.cap ?? s.points ?? new D(sections[i]?.points ?? 0)),
  ]);
  return {
    ...(groups && { groups }),
    sections: sections.map((s) => s.result),
    ...(bonusSection && { bonus: bonusSection.score }),
    total,
    maxScore,
    points,
    sectionValues: new Map(sections.map((s) => [s.result.id, s.values])),
  };
}

function scoreSection(
  section: NonNullable<Plan['sections']>[number],
  points: Map<string, D>,
  values: Map<string, D>,
  top: SectionTop | undefined,
) {
  const present = section.items.filter((id) => points.has(id));
  const inCap = new Set(section.caps.flatMap((c) => c.items));
  // The subtotal is the items' plain sum (the result schema's word); the nested caps then hold their items
  // back, and the section's own cap and floor bound what is left.
  // Chains of plus, summed exactly without a copy of each operand (DecimalSum: the chain's value, digit for digit).
  const subtotal = sumOf(present.map((id) => points.get(id) ?? ZERO));
  const within = new DecimalSum();
  for (const id of present) if (!inCap.has(id)) within.add(points.get(id) ?? ZERO);
  const caps = section.caps.map((c) => {
    const capSum = sumOf(c.items.map((id) => points.get(id) ?? ZERO));
    const capped = D.min(capSum, c.cap);
    within.add(capped);
    return {
      ...(c.name !== undefined && { name: c.name }),
      items: c.items,
      cap: toPlain(c.cap),
      sum: toShown(capSum),
      score: toShown(capped),
    };
  });
  // A bonus section's items are mostly events worth nothing of their own (+3 per award): its value is what it can
  // add, its cap (加分累计不超过10分 → 10), unless the plan says otherwise.
  const value =
    section.points ??
    (section.bonus ? section.cap : undefined) ??
    sumOf(section.items.map((id) => values.get(id) ?? ZERO));
  const withinCaps = within.value();
  const cap = section.cap ?? (section.bonus ? undefined : value);
  const uncapped = D.max(section.floor, withinCaps);
  const capped = D.max(section.floor, cap === undefined ? withinCaps : D.min(withinCaps, cap));
  const normalised = section.normalise === 'top' && cap !== undefined && top !== undefined ? top : undefined;
  // 超过上限的按最高分折算: every unit × cap ÷ the top, once anyone exceeds the cap; otherwise the points stand.
  const applied = normalised !== undefined && cap !== undefined && normalised.top.gt(cap);
  const score = applied ? D.max(section.floor, uncapped.times(cap).dividedBy(normalised.top)) : capped;
  const result: SectionResult = {
    id: section.id,
    title: section.title,
    ...(section.bonus && { bonus: true }),
    points: toPlain(value),
    ...(cap !== undefined && { cap: toPlain(cap) }),
    subtotal: toShown(subtotal),
    ...(caps.length > 0 && { caps }),
    score: toShown(score),
  };
  if (normalised !== undefined && cap !== undefined)
    result.normalised = {
      top: toShown(normalised.top),
      top_units: normalised.units,
      cap: toPlain(cap),
      applied,
      before: toShown(uncapped),
    };
  const exact: SectionValue = { score, subtotal, uncapped };
  return { result, score, bonus: section.bonus, points: toPlain(value), values: exact };
}
