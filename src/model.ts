// The in-memory model every step shares: what loaders produce, what the core computes from,
// and what reporters render. The raw file shapes are derived from schemas/ (src/generated);
// these types are the checked, normalised form: exact Decimals, Maps keyed by id, sources.
import type { Decimal } from 'decimal.js';
import type { ResultDocument, ResultDocumentTypes } from './generated/schema-types.js';
import type { MethodName, MethodSpec } from './methods/define-method.js';
import type { ErrorCode } from './messages/index.js';

/** A text in both of the tool's languages. */
export interface Msg {
  en: string;
  zh: string;
}

/** The languages of labels and messages. */
export type Lang = 'zh' | 'en';

// Error codes are the message catalogue's keys: a code exists by having its texts there.
export { ERROR_CODES, type ErrorCode } from './messages/index.js';

/** Where a value or a mistake is: 1-based line and column, or a spreadsheet cell. */
export interface Source {
  file: string;
  line: number;
  col: number;
  /** For spreadsheets: `Sheet1!C12`; printed instead of line:col. */
  cell?: string;
}

/** One error or warning, with its position; loaders collect these instead of throwing. */
export interface Diagnostic extends Source {
  code: ErrorCode;
  severity: 'error' | 'warning';
  message: Msg;
  hint?: Msg;
  /** How many characters the caret underlines (default 1). */
  length?: number;
}

export type MeasureUnit =
  | '人'
  | '名'
  | '万人'
  | '人次'
  | '万人次'
  | '户'
  | '个'
  | '家'
  | '次'
  | '%'
  | '元'
  | '万元'
  | '天'
  | '项'
  | '篇'
  | '分';
export type Direction = 'at_least' | 'at_most' | 'approx';
export type OverPeriod = 'sum' | 'end' | 'every_year' | 'average' | 'growth';
/** A scoring method's id (src/methods/<method>.ts). */
export type Scoring = MethodName;
export type Status = 'met' | 'missed' | 'missing';
export type Overall = 'met' | 'missed' | 'incomplete';

/** An amount of tolerance: absolute in the indicator's unit, or a percentage of the target. */
export type ToleranceAmount = { kind: 'absolute'; value: Decimal } | { kind: 'percent'; value: Decimal };

/**
 * A tolerance for `approx`: the same amount on both sides (±), or one amount per side where an absent side has no
 * limit ("96%左右", 低于94%不得分 → below 2, no upper limit).
 */
export type Tolerance = ToleranceAmount | { kind: 'sides'; below?: ToleranceAmount; above?: ToleranceAmount };

export interface Indicator {
  id: string;
  name: string;
  unit: MeasureUnit;
  direction: Direction;
  weight: Decimal;
  binding: boolean;
  precision?: number;
  tolerance?: Tolerance;
  overPeriod?: OverPeriod;
  scoring: Scoring;
  /** The method's parameters when `scoring` is an object (steps, bands, …); absent for the bare words. */
  method?: MethodSpec;
  /** A parent unit misses this indicator when any of its child units misses it. */
  anyChildFails?: boolean;
  rateOf?: { numerator: string; denominator: string };
  source: Source;
}

export interface Target {
  value: Decimal;
  source: Source;
}

export interface Responsible {
  head?: string;
  deputy?: string;
  department_head?: string;
  staff?: string;
}

export interface Unit {
  id: string;
  name: string;
  parent?: string;
  responsible: Responsible;
  baseGrade?: string;
  /** Keyed by indicator id; only indicators with a target apply to the unit. */
  targets: Map<string, Target>;
  source: Source;
}

/**
 * The rule types, by type id. Each src/rules/<type>.ts adds its own entry by declaration merging
 * (`declare module '../model.js' { interface RuleTypes { … } }`), so a rule type's model lives in its one home.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each rule type's own file
export interface RuleTypes {}

/** A checked rule of any registered type. */
export type Rule = RuleTypes[keyof RuleTypes];
/** A rule type id, as in the YAML, the schema and the rule's file name. */
export type RuleType = keyof RuleTypes;

export interface Grades {
  levels: string[];
  thresholds: Decimal[];
  /** Per threshold: true when it is exclusive (`{above: N}`: score > N); absent or false: score ≥ N. */
  exclusive?: boolean[];
  /** Gates: a level (and any better) also needs its condition, else the unit takes the next level. */
  gates?: Gate[];
}

/** A gate on a level: 优秀 needs the overall target met, or these indicators met. */
export interface Gate {
  level: string;
  requires: 'overall_met' | { indicatorsMet: string[] };
  source: Source;
}

export interface Period {
  from: number;
  to: number;
}

/** A group of indicators scored as one item: points less per_miss for each member missed, not below floor. */
export interface Group {
  id: string;
  name: string;
  points: Decimal;
  indicators: string[];
  perMiss: Decimal;
  floor: Decimal;
  source: Source;
}

/** A cap on some items of a section together (of which media items at most 2). */
export interface NestedCap {
  name?: string;
  items: string[];
  cap: Decimal;
}

/** One section of a point table: its items (indicator or group ids), its value, cap and floor; maybe the bonus. */
export interface Section {
  id: string;
  title: string;
  points?: Decimal;
  items: string[];
  bonus: boolean;
  cap?: Decimal;
  floor: Decimal;
  caps: NestedCap[];
  /** `top`: when any unit's section exceeds the cap, every unit's section × cap ÷ the top (labour statistics, M7). */
  normalise?: 'top';
  source: Source;
}

/** A checked plan. */
export interface Plan {
  file: string;
  id: string;
  title: string;
  issuer?: string;
  document?: string;
  /** Where rewards are paid from (市财政), as the plan says; absent when it does not. */
  budget?: string;
  period: Period;
  indicators: Indicator[];
  units: Unit[];
  overall: 'binding' | 'all' | string[];
  grades?: Grades;
  /** Groups of indicators scored as one item (−per_miss per member missed, floored). */
  groups?: Group[];
  /** The point table's sections (一、二、三…), with subtotals and a bonus section. */
  sections?: Section[];
  rules: Rule[];
  /** The plan's own actuals files: as written in the plan, and resolved relative to the plan's folder. */
  actuals: { given: string; path: string; source: Source }[];
  /** Groups, ranks, quotas, prizes, 末位 and consequences: the cohort phase's part of the plan. */
  cohort?: CohortPlan;
  /** The targets sheet its units and targets come from (`targets:`), as written and resolved like actuals. */
  targetsSheet?: { given: string; path: string; source: Source };
  source: Source;
}

/** One actual value, converted to its indicator's unit; `value: null` is an empty cell (missing). */
export interface Actual {
  unit: string;
  indicator: string;
  year?: number;
  value: Decimal | null;
  /**
   * Where the value is written. A CSV's actuals hold its line and column and make this object when asked (a national
   * sheet would otherwise hold 433,200 of them): read it, never spread an actual to copy it.
   */
  readonly source: Source;
  note?: string;
  /**
   * The value's plain text (toPlain), when the reader made it: rows that wrote the same figure share the Decimal and
   * this text, so a national result prints each figure once.
   */
  text?: string;
}

/** What one actuals file held. */
export interface ActualsFile {
  file: string;
  actuals: Actual[];
  /** The decoded text of a text file (CSV, YAML), for source lines under diagnostics. */
  text?: string;
}

/** A loader's answer: what it could read, and every mistake it found. */
export interface Loaded<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

/** The options that change what `score` computes; chosen by the CLI, passed in to the pure core. */
export interface ScoreOptions {
  asOf?: number;
  kaoheVersion?: string;
  inputs: { path: string; sha256: string }[];
  /** Last year's result (--previous), for consequences keyed on history. */
  previous?: PreviousResult;
}

/** The result of scoring one plan: the public JSON contract (schemas/result.schema.json). */
export type Result = ResultDocument;
export type UnitResult = ResultDocumentTypes.UnitResult;
export type IndicatorResult = ResultDocumentTypes.IndicatorResult;
export type RuleEffect = ResultDocumentTypes.RuleEffect;
export type VetoFired = ResultDocumentTypes.VetoFired;
export type GroupResult = ResultDocumentTypes.GroupResult;
export type SectionResult = ResultDocumentTypes.SectionResult;

// The actuals template `kaohe template` writes (src/load builds it, src/report renders it as .xlsx).
/** One row to fill in: a unit, its year (multi-year plans only) and its cells as text. */
export interface TemplateRow {
  unit: Unit;
  year?: number;
  cells: string[];
  /** Per indicator, in column order: whether scoring reads the cell (a target, a year of the period or the base). */
  asked: boolean[];
}

/**
 * An actuals template: the header, how many leading columns name the row (单位, 年份), the indicators in column order, the
 * rows.
 */
export interface Template {
  header: string[];
  keyColumns: number;
  indicators: Indicator[];
  rows: TemplateRow[];
}

// ---- The cohort phase (issue 12): unit groups, ranks, quotas, prizes, 末位, consequences ----

/** A gate a unit must pass to take a quota place or a prize. */
export type CohortGate = 'overall_met' | 'award_eligible';

/** 分类考核: a unit group, ranked and awarded among itself. */
export interface UnitGroup {
  id: string;
  name: string;
  source: Source;
}

/**
 * A tie-break, compared when totals are equal: an indicator in its good direction (by actual, surplus or score), or a
 * section's points (by score, after its caps) or subtotal (before them). Exactly one of indicator and section is given.
 */
export interface TieBreak {
  indicator?: string;
  section?: string;
  by: 'actual' | 'surplus' | 'score' | 'subtotal';
  source: Source;
}

/** The most units a grade level may hold: a share of the units in scope (rounded as declared) or a count. */
export interface Quota {
  level: string;
  share?: Decimal;
  rounding?: 'down' | 'half_up' | 'up';
  count?: number;
  per: 'all' | 'group';
  gate?: CohortGate;
  /** Where a unit kept out goes; the next level when the plan does not say. */
  fallback: string;
  edge: 'all_in' | 'all_out';
  source: Source;
}

/** Yuan by rank among the units of a group that pass the gate (`group` undefined: every group). */
export interface Prize {
  name: string;
  group?: string;
  gate?: CohortGate;
  /** Places awarded: the length of `yuan`, or the plan's `places` for an honour without money. */
  places: number;
  /** Yuan by place; empty for an honour. */
  yuan: Decimal[];
  source: Source;
}

/** 末位: the last `count` ranks of a group, unless (all_met) every unit of the group met. */
export interface LastPlace {
  group?: string;
  count: number;
  unless: 'all_met' | 'never';
  source: Source;
}

/** An action keyed on this year's grade, last year's grade, 末位 and the overall result (all must hold). */
export interface Consequence {
  action: string;
  when: { grade?: string[]; previousGrade?: string[]; lastPlace?: true; overall?: 'met' | 'missed' };
  /** praise (通报表扬, 表彰) is listed apart from the accountability list (问责名单); blame by default. */
  kind: 'praise' | 'blame';
  source: Source;
}

/** What the cohort phase reads from a plan; every list empty when the plan declares none of it. */
export interface CohortPlan {
  /** Whether the plan declares any of it (unit_groups, ranking, quotas, prizes, last_place, consequences). */
  declared: boolean;
  groups: UnitGroup[];
  /** Unit id → its group id, for the units that name one. */
  unitGroups: Map<string, string>;
  tieBreaks: TieBreak[];
  /** What the others do when a unit's total is partial: hold the decisions it could change, or rank without it. */
  incomplete: 'hold' | 'rank_rest';
  quotas: Quota[];
  prizes: Prize[];
  lastPlace: LastPlace[];
  consequences: Consequence[];
}

/** Last year's result as the cohort phase needs it: the file, its sha256, each unit's final grade by id. */
export interface PreviousResult {
  path: string;
  sha256: string;
  planId: string;
  grades: Map<string, string | null>;
  /** Its period, and where its plan id, period and units are in the file (for the checks against a plan). */
  period: { from: number; to: number };
  at: { id: Source; period: Source; units: Source };
}

/** The cohort phase's record in a result: groups, quota arithmetic, prizes, 末位, the previous result. */
export type CohortRecord = ResultDocumentTypes.Cohort;
/** What one quota decided for one unit. */
export type QuotaDecision = ResultDocumentTypes.QuotaDecision;
/** A targets sheet to write: its header, the key (text) columns before the indicators, one row of texts per unit. */
export interface TargetsTemplate {
  header: string[];
  keyColumns: number;
  rows: string[][];
}
