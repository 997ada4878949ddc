// Plan loading: YAML text → schema check → the normalised Plan model (exact Decimals from the
// source text, Maps keyed by id, a source position on everything) → semantic checks.
import { posix } from 'node:path';
import { D } from '../decimal.js';
import type { PlanDocument, PlanDocumentTypes } from '../generated/schema-types.js';
import { errorText } from '../messages/index.js';
import type {
  Diagnostic,
  Group,
  Indicator,
  Loaded,
  Plan,
  Rule,
  Section,
  Source,
  Target,
  Tolerance,
  ToleranceAmount,
  Unit,
} from '../model.js';
import { decimalOf, MAX_DIGITS } from './number.js';
import { checkPlan } from './plan-checks.js';
import { normaliseCohort } from './cohort-plan.js';
import { ruleDefinition } from '../rules/index.js';
import type { RuleReader } from '../rules/define-rule.js';
import type { SheetUnits } from './targets-sheet.js';
import { checkTargetsPlausible } from './target-plausibility.js';
import { methodDefinition } from '../methods/index.js';
import type { MethodSpec } from '../methods/define-method.js';
import { validatePlanSchema } from './plan-schema.js';
import { visit } from 'yaml';
import { appendAll } from '../collections.js';
import {
  decimalTextAt,
  decimalTextOf,
  type EntryPlace,
  entriesAt,
  keyNodeAt,
  placeAt,
  readPlanYaml,
  someScalarText,
  sourceOfNode,
  type YamlFile,
  type YamlPath,
} from './yaml.js';

/**
 * A checked plan, and its YAML only when asked for: for a national plan the Document is sixty times the file's size.
 */
export interface LoadedPlan {
  plan: Plan;
  yaml?: YamlFile;
}

/** How to load a plan. */
export interface LoadPlanOptions {
  /** Keep the YAML Document, for commands that point at arbitrary paths in it (diff, explain). */
  keepYaml?: boolean;
}

/** Returns the checked plan of a YAML text, with every schema and semantic error and warning found. */
export function loadPlan(text: string, file: string, options: LoadPlanOptions = {}): Loaded<LoadedPlan> {
  const draft = draftPlan(text, file);
  return draft.value ? finishPlan(draft.value, undefined, options) : { diagnostics: draft.diagnostics };
}

/** A schema-valid, normalised plan whose semantic checks are still to run (its units may still be in a sheet). */
export interface PlanDraft {
  plan: Plan;
  y: YamlFile;
}

/**
 * Returns the normalised plan of a YAML text before its semantic checks, or its syntax and schema errors, or
 * TARGETS_SHEET when it has both units: and targets:, or neither.
 */
export function draftPlan(text: string, file: string): Loaded<PlanDraft> {
  const parsed = readPlanYaml(text, file);
  if (!parsed.value) return { diagnostics: parsed.diagnostics };
  const y = parsed.value;
  const schemaErrors = validatePlanSchema(y);
  appendAll(schemaErrors, tooManyDigits(y));
  if (schemaErrors.length > 0) return { diagnostics: schemaErrors };
  const draft = { plan: normalisePlan(y, y.data as PlanDocument), y };
  const unitsProblem = checkUnitsGiven(draft);
  return unitsProblem === undefined ? { value: draft, diagnostics: [] } : { diagnostics: [unitsProblem] };
}

/** Returns the checked plan of a draft, its units taken from `sheet` when the plan names a targets sheet. */
export function finishPlan(
  draft: PlanDraft,
  sheet: SheetUnits | undefined,
  options: LoadPlanOptions = {},
): Loaded<LoadedPlan> {
  const { y } = draft;
  const plan = sheet === undefined ? draft.plan : withSheetUnits(draft.plan, sheet);
  const diagnostics = checkPlan(plan, y, sheet?.placeOf);
  // A target's figure is judged once the plan's structure holds (two indicators sharing an id would confuse it).
  if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(...checkTargetsPlausible(plan));
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics } : { value: { plan, ...(options.keepYaml ? { yaml: y } : {}) }, diagnostics };
}

// The plan with a targets sheet's units, and their unit groups (分组) where the cohort part looks them up.
function withSheetUnits(plan: Plan, sheet: SheetUnits): Plan {
  const cohort = plan.cohort === undefined ? undefined : { ...plan.cohort, unitGroups: sheet.groups };
  return { ...plan, units: sheet.units, ...(cohort === undefined ? {} : { cohort }) };
}

function checkUnitsGiven({ plan, y }: PlanDraft): Diagnostic | undefined {
  const hasUnits = (y.data as PlanDocument).units !== undefined;
  if (hasUnits === (plan.targetsSheet !== undefined)) {
    const at = hasUnits ? sourceOfNode(y, keyNodeAt(y, ['targets'])) : { ...plan.source, length: 1 };
    return {
      code: 'TARGETS_SHEET',
      severity: 'error',
      ...at,
      message: errorText('TARGETS_SHEET', hasUnits ? 'both' : 'neither'),
      hint: errorText('TARGETS_SHEET', 'units_hint'),
    };
  }
  return undefined;
}

const DECIMAL = /^-?(\d+)(?:\.(\d+))?$/;

/**
 * Returns a SCHEMA error for each number written with more than MAX_DIGITS digits, as in actuals: beyond them a
 * product or sum would leave the 60 digits decimal.js keeps exact, and a 10,000-digit target took seconds.
 */
function tooManyDigits(y: YamlFile): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A fast-read plan's scalar texts are checked without its Document, which is built only to place a mistake.
  const tooLong = (text: string | undefined): boolean => {
    // more than MAX_DIGITS digits take more than MAX_DIGITS characters: a shorter text (every target) is not read
    if (text === undefined || text.length <= MAX_DIGITS) return false;
    const m = DECIMAL.exec(text);
    return m !== null && m[1]!.length + (m[2]?.length ?? 0) > MAX_DIGITS;
  };
  if (!someScalarText(y, tooLong)) return out;
  visit(y.doc, {
    Scalar(_, node) {
      if (!tooLong(decimalTextOf(node))) return;
      const { file, line, col } = sourceOfNode(y, node);
      out.push({
        code: 'SCHEMA',
        severity: 'error',
        file,
        line,
        col,
        message: errorText('SCHEMA', 'digits', { max: MAX_DIGITS }),
        hint: errorText('SCHEMA', 'digits_hint'),
      });
    },
  });
  return out;
}

function decimalAt(y: YamlFile, path: YamlPath): InstanceType<typeof D> {
  const text = decimalTextAt(y, path);
  if (text === undefined) throw new Error(`bug: no decimal at ${path.join('.')} after schema validation`);
  return decimalOf(text);
}

function src(y: YamlFile, path: YamlPath): Source {
  return placeAt(y, path);
}

function toleranceAt(y: YamlFile, path: YamlPath, raw: unknown): Tolerance | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'object' && raw !== null) {
    const sides = raw as { below?: unknown; above?: unknown };
    const below = toleranceAmountAt(y, [...path, 'below'], sides.below);
    const above = toleranceAmountAt(y, [...path, 'above'], sides.above);
    return { kind: 'sides', ...(below && { below }), ...(above && { above }) };
  }
  return toleranceAmountAt(y, path, raw);
}

function toleranceAmountAt(y: YamlFile, path: YamlPath, raw: unknown): ToleranceAmount | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && raw.endsWith('%')) return { kind: 'percent', value: new D(raw.slice(0, -1)) };
  return { kind: 'absolute', value: decimalAt(y, path) };
}

function normaliseIndicator(y: YamlFile, raw: PlanDocumentTypes.Indicator, i: number): Indicator {
  const at = ['indicators', i];
  return {
    id: raw.id,
    name: raw.name,
    unit: raw.unit,
    direction: raw.direction,
    weight: raw.weight === undefined ? new D(0) : decimalAt(y, [...at, 'weight']),
    binding: raw.binding ?? true,
    ...(raw.precision !== undefined ? { precision: raw.precision } : {}),
    ...(raw.tolerance !== undefined ? { tolerance: toleranceAt(y, [...at, 'tolerance'], raw.tolerance)! } : {}),
    ...(raw.over_period !== undefined ? { overPeriod: raw.over_period } : {}),
    scoring: typeof raw.scoring === 'object' ? raw.scoring.method : (raw.scoring ?? 'pass_fail'),
    ...(typeof raw.scoring === 'object' && { method: methodAt(y, [...at, 'scoring'], raw.scoring) }),
    ...(raw.any_child_fails === true && { anyChildFails: true }),
    ...(raw.rate_of !== undefined
      ? { rateOf: { numerator: raw.rate_of.numerator, denominator: raw.rate_of.denominator } }
      : {}),
    source: src(y, at),
  };
}

// A method given as an object: its own parameters through its registry entry, then the item's floor and cap.
function methodAt(y: YamlFile, at: YamlPath, raw: PlanDocumentTypes.ScoringMethod): MethodSpec {
  const fields = raw as unknown as Record<string, unknown>;
  const decimal = (path: (string | number)[]) => {
    let node: unknown = fields;
    for (const key of path) node = (node as Record<string | number, unknown> | undefined)?.[key];
    return node === undefined ? undefined : decimalAt(y, [...at, ...path]);
  };
  const spec = methodDefinition(raw.method).normalise(fields, { decimal });
  const floor = decimal(['floor']);
  const cap = decimal(['cap']);
  return { ...spec, ...(floor !== undefined && { floor }), ...(cap !== undefined && { cap }) };
}

function normaliseGroups(y: YamlFile, raws: PlanDocumentTypes.Group[]): Group[] {
  return raws.map((raw, i) => {
    const at = ['groups', i];
    return {
      id: raw.id,
      name: raw.name,
      points: decimalAt(y, [...at, 'points']),
      indicators: [...raw.indicators],
      perMiss: decimalAt(y, [...at, 'per_miss']),
      floor: raw.floor === undefined ? new D(0) : decimalAt(y, [...at, 'floor']),
      source: src(y, at),
    };
  });
}

function normaliseSections(y: YamlFile, raws: PlanDocumentTypes.Section[]): Section[] {
  return raws.map((raw, i) => {
    const at = ['sections', i];
    const optional = (key: string) =>
      (raw as unknown as Record<string, unknown>)[key] === undefined ? undefined : decimalAt(y, [...at, key]);
    const points = optional('points');
    const cap = optional('cap');
    return {
      id: raw.id,
      title: raw.title,
      ...(points !== undefined && { points }),
      items: [...raw.items],
      bonus: raw.bonus === true,
      ...(cap !== undefined && { cap }),
      floor: optional('floor') ?? new D(0),
      caps: (raw.caps ?? []).map((c, k) => ({
        ...(c.name !== undefined && { name: c.name }),
        items: [...c.items],
        cap: decimalAt(y, [...at, 'caps', k, 'cap']),
      })),
      ...(raw.normalise !== undefined && { normalise: raw.normalise }),
      source: src(y, at),
    };
  });
}

function normaliseUnit(y: YamlFile, raw: PlanDocumentTypes.Unit, i: number, decimals: Map<string, D>): Unit {
  return {
    id: raw.id,
    name: raw.name,
    ...(raw.parent !== undefined ? { parent: raw.parent } : {}),
    responsible: { ...raw.responsible },
    ...(raw.base_grade !== undefined ? { baseGrade: raw.base_grade } : {}),
    targets: normaliseTargets(raw, entriesAt(y, ['units', i, 'targets']), y.file, decimals),
    source: src(y, ['units', i]),
  };
}

// A national plan has 86,000 targets: each unit's targets are read from its own mapping's entries, never
// looked up from the top of the document again (two walks from the root per target were most of this step).
// They are 29,584 distinct texts: each is read into one Decimal, shared by the targets that wrote it (a Decimal is
// immutable), and the checks that judge a target by its value alone judge each once (target-plausibility.ts).
function normaliseTargets(
  raw: PlanDocumentTypes.Unit,
  entries: ReadonlyMap<string, EntryPlace>,
  file: string,
  decimals: Map<string, D>,
): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const id of Object.keys(raw.targets)) {
    const entry = entries.get(id);
    if (entry?.text === undefined)
      throw new Error(`bug: no decimal for target ${id} of ${raw.id} after schema validation`);
    let value = decimals.get(entry.text);
    if (value === undefined) {
      value = decimalOf(entry.text);
      decimals.set(entry.text, value);
    }
    targets.set(id, { value, source: { file, line: entry.line, col: entry.col } });
  }
  return targets;
}

function normaliseRule(y: YamlFile, raw: PlanDocumentTypes.Rule, i: number): Rule {
  const at = ['rules', i];
  const fields = raw as unknown as Record<string, unknown>;
  const read: RuleReader = {
    decimal: (key) => (fields[key] === undefined ? undefined : decimalAt(y, [...at, key])),
    source: src(y, at),
  };
  return ruleDefinition(raw.type).normalise(fields, read);
}

function normalisePlan(y: YamlFile, doc: PlanDocument): Plan {
  const period =
    typeof doc.plan.period === 'number' ? { from: doc.plan.period, to: doc.plan.period } : { ...doc.plan.period };
  const dir = posix.dirname(y.file);
  return {
    file: y.file,
    id: doc.plan.id,
    title: doc.plan.title,
    ...(doc.plan.issuer !== undefined ? { issuer: doc.plan.issuer } : {}),
    ...(doc.plan.document !== undefined ? { document: doc.plan.document } : {}),
    ...(doc.plan.budget !== undefined ? { budget: doc.plan.budget } : {}),
    period,
    indicators: doc.indicators.map((raw, i) => normaliseIndicator(y, raw, i)),
    units: doc.units === undefined ? [] : normaliseUnits(y, doc.units),
    overall: doc.overall ?? 'binding',
    ...(doc.grades
      ? {
          grades: {
            levels: doc.grades.levels,
            thresholds: (doc.grades.thresholds ?? []).map((edge, i) =>
              decimalAt(y, ['grades', 'thresholds', i, ...edgeKey(edge)]),
            ),
            ...((doc.grades.thresholds ?? []).some((edge) => edgeKey(edge)[0] === 'above') && {
              exclusive: (doc.grades.thresholds ?? []).map((edge) => edgeKey(edge)[0] === 'above'),
            }),
            ...(doc.grades.gates !== undefined && {
              gates: doc.grades.gates.map((gate, i) => ({
                level: gate.level,
                requires:
                  gate.requires === 'overall_met'
                    ? ('overall_met' as const)
                    : { indicatorsMet: [...gate.requires.indicators_met] },
                source: src(y, ['grades', 'gates', i]),
              })),
            }),
          },
        }
      : {}),
    ...(doc.groups !== undefined && { groups: normaliseGroups(y, doc.groups) }),
    ...(doc.sections !== undefined && { sections: normaliseSections(y, doc.sections) }),
    rules: (doc.rules ?? []).map((raw, i) => normaliseRule(y, raw, i)),
    cohort: normaliseCohort(y, doc, doc.grades?.levels ?? []),
    actuals: (doc.actuals ?? []).map((p, i) => ({
      given: p,
      // an absolute path is the clerk's own choice of folder: taken as it is, not under the plan's
      path: posix.normalize(posix.isAbsolute(p) ? p : posix.join(dir, p)),
      source: src(y, ['actuals', i]),
    })),
    ...(doc.targets === undefined
      ? {}
      : {
          targetsSheet: {
            given: doc.targets,
            path: posix.normalize(posix.join(dir, doc.targets)),
            source: src(y, ['targets']),
          },
        }),
    source: { file: y.file, line: 1, col: 1 },
  };
}

// A grade threshold is a bare number (≥) or {from: N} (≥) or {above: N} (>): the key under which its number is.
function edgeKey(edge: unknown): ['from'] | ['above'] | [] {
  if (typeof edge !== 'object' || edge === null) return [];
  return 'above' in edge ? ['above'] : ['from'];
}

function normaliseUnits(y: YamlFile, raws: PlanDocumentTypes.Unit[]): Unit[] {
  const decimals = new Map<string, D>();
  return raws.map((raw, i) => normaliseUnit(y, raw, i, decimals));
}

/** Returns a diagnostic for a plan's `actuals:` entry whose file does not exist. */
export function actualsNotFound(entry: Plan['actuals'][number]): Diagnostic {
  return {
    code: 'ACTUALS_NOT_FOUND',
    severity: 'error',
    ...entry.source,
    length: entry.given.length,
    message: errorText('ACTUALS_NOT_FOUND', 'message', { path: entry.path }),
    hint: errorText('ACTUALS_NOT_FOUND', 'hint'),
  };
}
