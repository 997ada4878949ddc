// Schema validation with positions: run a precompiled ajv validator on the YAML data, then turn
// each error into a Diagnostic at the line and column of the offending node, with a hint.
import { errorText, labelText } from '../messages/index.js';
import { joined, listOf, type Var } from '../messages/text.js';
import type { Diagnostic, Msg } from '../model.js';
import { closest } from '../suggest.js';
import { keyNodeAt, nodeAt, sourceOfNode, type YamlFile, type YamlPath } from './yaml.js';

/** The shape of an ajv error we read (ajv's ErrorObject with `verbose: true`). */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  parentSchema?: { properties?: Record<string, unknown>; description?: string };
  data?: unknown;
}

/** A precompiled validator as ajv's standalone code exports it. */
export type CompiledValidator = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

// The schemas' patterns, by the text that says what each one wants.
const PATTERNS: Record<
  string,
  'pattern_id' | 'pattern_plan_id' | 'pattern_decimal' | 'pattern_non_negative' | 'pattern_positive' | 'pattern_percent'
> = {
  '^[a-z][a-z0-9_]*$': 'pattern_id',
  '^[a-z0-9][a-z0-9_-]*$': 'pattern_plan_id',
  '^-?[0-9]+(\\.[0-9]+)?$': 'pattern_decimal',
  '^[0-9]+(\\.[0-9]+)?$': 'pattern_non_negative',
  '^(?=[0-9.]*[1-9])[0-9]+(\\.[0-9]+)?$': 'pattern_positive',
  '^[0-9]+(\\.[0-9]+)?%$': 'pattern_percent',
};

const TYPE_NAMES = {
  object: 'type_object',
  array: 'type_array',
  string: 'type_string',
  number: 'type_number',
  integer: 'type_integer',
  boolean: 'type_boolean',
  null: 'type_null',
} as const;

const typeName = (t: unknown): Var =>
  Object.hasOwn(TYPE_NAMES, String(t))
    ? errorText('SCHEMA', TYPE_NAMES[String(t) as keyof typeof TYPE_NAMES])
    : String(t);

/** Returns the path steps of a JSON pointer (`/units/0/targets/a~1b` → ['units', 0, 'targets', 'a/b']). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^(0|[1-9][0-9]*)$/.test(step) ? Number(step) : step;
    });
}

/** Returns a readable path: `indicators[0].direction`. */
export function displayPath(path: YamlPath): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  return out === '' ? '(document)' : out;
}

function describeType(t: unknown): Msg {
  return joined((Array.isArray(t) ? t : [t]).map(typeName), errorText('SCHEMA', 'type_or'));
}

function typeOfData(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data === 'object' ? 'object' : typeof data;
}

// An enum of words (`scoring: pass_fail | proportional`) given a mapping or a list is a oneOf branch that did not
// apply, like a type error: the mistake is in the branch that did (`scoring.floor`), not "must be one of …".
function branchMismatch(e: SchemaError): boolean {
  if (e.keyword !== 'enum' || typeof e.data !== 'object' || e.data === null) return false;
  return (e.params.allowedValues as unknown[]).every((v) => typeof v !== 'object');
}

/** Drops the errors that only say "another branch of a oneOf did not match either", keeping the most specific ones. */
function pruneErrors(errors: SchemaError[]): SchemaError[] {
  const vague = (e: SchemaError) =>
    e.keyword === 'oneOf' || e.keyword === 'discriminator' || e.keyword === 'type' || branchMismatch(e);
  const specific = (e: SchemaError) => !vague(e);
  const keep = errors.filter((e) => {
    if (vague(e)) {
      // a more specific error at or below the same place says more than "must match one of"
      return !errors.some(
        (o) =>
          o !== e &&
          specific(o) &&
          (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)),
      );
    }
    return true;
  });
  // a oneOf whose branches failed on types alone: keep the oneOf, drop its per-branch type errors
  const oneOfPaths = new Set(keep.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const pruned = keep.filter((e) => !(e.keyword === 'type' && oneOfPaths.has(e.instancePath)));
  const seen = new Set<string>();
  return pruned.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Returns a positioned diagnostic for every schema error of `data`, or none when it is valid. */
export function validateWithPositions(y: YamlFile, validator: CompiledValidator): Diagnostic[] {
  if (validator(y.data)) return [];
  return pruneErrors(validator.errors ?? []).map((e) => toDiagnostic(y, e));
}

function toDiagnostic(y: YamlFile, e: SchemaError): Diagnostic {
  const path = pointerToPath(e.instancePath);
  const where = displayPath(path);
  let node = nodeAt(y, path);
  let message: Msg;
  let hint: Msg | undefined;
  const p = e.params;
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired': // normalise needs cap: said as the missing field it is
      message = errorText('SCHEMA', 'required', { where, field: String(p.missingProperty) });
      hint = errorText('SCHEMA', 'required_hint', { field: String(p.missingProperty) });
      break;
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      node = keyNodeAt(y, [...path, prop]) ?? node;
      message = errorText('SCHEMA', 'unknown_field', { where, field: prop });
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const near = closest(prop, allowed);
      hint = near
        ? labelText('hint.did_you_mean', { name: near })
        : errorText('SCHEMA', 'allowed_fields', { fields: listOf(allowed) });
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      message = errorText('SCHEMA', 'enum', { where, allowed: listOf(allowed), got: JSON.stringify(e.data) });
      const near = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      hint = near ? labelText('hint.did_you_mean', { name: near }) : undefined;
      break;
    }
    case 'const':
      message = errorText('SCHEMA', 'const', {
        where,
        want: JSON.stringify(p.allowedValue),
        got: JSON.stringify(e.data),
      });
      break;
    case 'type': {
      message = errorText('SCHEMA', 'type', { where, want: describeType(p.type), got: typeName(typeOfData(e.data)) });
      break;
    }
    case 'pattern': {
      const known = PATTERNS[String(p.pattern)];
      message = known
        ? errorText('SCHEMA', 'pattern', { where, rule: errorText('SCHEMA', known), got: JSON.stringify(e.data) })
        : errorText('SCHEMA', 'pattern_other', { where, pattern: String(p.pattern) });
      break;
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      node = keyNodeAt(y, [...path, name]) ?? node;
      message = errorText('SCHEMA', 'key', { where, name });
      break;
    }
    case 'oneOf':
      message = errorText('SCHEMA', 'one_of', { where, got: JSON.stringify(e.data) });
      hint = e.parentSchema?.description ? splitDescription(e.parentSchema.description) : undefined;
      break;
    case 'minItems':
      message = errorText('SCHEMA', 'min_items', { where, limit: String(p.limit) });
      break;
    case 'minLength':
      message = errorText('SCHEMA', 'min_length', { where });
      break;
    case 'exclusiveMinimum':
      message = errorText('SCHEMA', 'exclusive_minimum', {
        where,
        limit: String(p.limit),
        got: JSON.stringify(e.data),
      });
      break;
    case 'minimum':
    case 'maximum':
      message = errorText('SCHEMA', e.keyword, { where, limit: String(p.limit), got: JSON.stringify(e.data) });
      break;
    default:
      message =
        e.message === undefined
          ? errorText('SCHEMA', 'other_unknown', { where, keyword: e.keyword })
          : errorText('SCHEMA', 'other', { where, problem: e.message });
  }
  const src = sourceOfNode(y, node);
  return { code: 'SCHEMA', severity: 'error', ...src, message, ...(hint ? { hint } : {}) };
}

/** Returns the zh and en halves of a schema description written as "中文 / English". */
export function splitDescription(description: string): Msg {
  const [zh, en] = description.split(' / ');
  return { zh: zh ?? description, en: en ?? description };
}
