// Schema validation with positions: run a precompiled ajv validator on the YAML data, then turn
// each error into a Diagnostic at the line and column of the offending node, with a hint.
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

const PATTERNS: Record<string, Msg> = {
  '^[a-z][a-z0-9_]*$': {
    en: 'must be a lower-case ascii snake_case id, like urban_new_jobs',
    zh: '必须是小写 ASCII 蛇形 id,如 urban_new_jobs',
  },
  '^[a-z0-9][a-z0-9_-]*$': {
    en: 'must be a lower-case ascii id, like city-2010',
    zh: '必须是小写 ASCII id,如 city-2010',
  },
  '^[0-9]+(\\.[0-9]+)?$': {
    en: 'must be a non-negative decimal number, like 4.3',
    zh: '必须是非负十进制数,如 4.3',
  },
  '^[0-9]+(\\.[0-9]+)?%$': { en: 'must be a percentage, like 2%', zh: '必须是百分比,如 2%' },
};

const TYPE_NAMES: Record<string, Msg> = {
  object: { en: 'a mapping', zh: '映射(键: 值)' },
  array: { en: 'a list', zh: '列表' },
  string: { en: 'text', zh: '文本' },
  number: { en: 'a number', zh: '数字' },
  integer: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  null: { en: 'empty', zh: '空值' },
};

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
  const names = (Array.isArray(t) ? t : [t]).map((x) => TYPE_NAMES[String(x)] ?? { en: String(x), zh: String(x) });
  return { en: names.map((n) => n.en).join(' or '), zh: names.map((n) => n.zh).join('或') };
}

function typeOfData(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  return typeof data === 'object' ? 'object' : typeof data;
}

/** Drops the errors that only say "another branch of a oneOf did not match either", keeping the most specific ones. */
function pruneErrors(errors: SchemaError[]): SchemaError[] {
  const specific = (e: SchemaError) => e.keyword !== 'oneOf' && e.keyword !== 'discriminator' && e.keyword !== 'type';
  const keep = errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'type' || e.keyword === 'discriminator') {
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
      message = {
        en: `${where} is missing the required field "${String(p.missingProperty)}"`,
        zh: `${where} 缺少必填字段 "${String(p.missingProperty)}"`,
      };
      hint = { en: `add ${String(p.missingProperty)}: … here`, zh: `在此处添加 ${String(p.missingProperty)}: …` };
      break;
    case 'additionalProperties': {
      const prop = String(p.additionalProperty);
      node = keyNodeAt(y, [...path, prop]) ?? node;
      message = { en: `${where} has an unknown field "${prop}"`, zh: `${where} 含有未知字段 "${prop}"` };
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const near = closest(prop, allowed);
      hint = near
        ? { en: `did you mean ${near}?`, zh: `是否应为 ${near}?` }
        : { en: `allowed fields: ${allowed.join(', ')}`, zh: `允许的字段:${allowed.join('、')}` };
      break;
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      message = {
        en: `${where} must be one of ${allowed.join(', ')} (got ${JSON.stringify(e.data)})`,
        zh: `${where} 必须是 ${allowed.join('、')} 之一(实际为 ${JSON.stringify(e.data)})`,
      };
      const near = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      hint = near ? { en: `did you mean ${near}?`, zh: `是否应为 ${near}?` } : undefined;
      break;
    }
    case 'const':
      message = {
        en: `${where} must be ${JSON.stringify(p.allowedValue)} (got ${JSON.stringify(e.data)})`,
        zh: `${where} 必须为 ${JSON.stringify(p.allowedValue)}(实际为 ${JSON.stringify(e.data)})`,
      };
      break;
    case 'type': {
      const want = describeType(p.type);
      const got = TYPE_NAMES[typeOfData(e.data)] ?? { en: typeOfData(e.data), zh: typeOfData(e.data) };
      message = { en: `${where} must be ${want.en} (got ${got.en})`, zh: `${where} 必须是${want.zh}(实际为${got.zh})` };
      break;
    }
    case 'pattern': {
      const known = PATTERNS[String(p.pattern)];
      message = known
        ? {
            en: `${where} ${known.en} (got ${JSON.stringify(e.data)})`,
            zh: `${where} ${known.zh}(实际为 ${JSON.stringify(e.data)})`,
          }
        : { en: `${where} must match ${String(p.pattern)}`, zh: `${where} 必须符合格式 ${String(p.pattern)}` };
      break;
    }
    case 'propertyNames': {
      const name = String(p.propertyName);
      node = keyNodeAt(y, [...path, name]) ?? node;
      message = {
        en: `${where} has an invalid key "${name}": keys must be lower-case ascii snake_case ids`,
        zh: `${where} 的键 "${name}" 无效:键必须是小写 ASCII 蛇形 id`,
      };
      break;
    }
    case 'oneOf':
      message = {
        en: `${where} has the wrong form (got ${JSON.stringify(e.data)})`,
        zh: `${where} 格式不正确(实际为 ${JSON.stringify(e.data)})`,
      };
      hint = e.parentSchema?.description ? splitDescription(e.parentSchema.description) : undefined;
      break;
    case 'minItems':
      message = {
        en: `${where} must have at least ${String(p.limit)} item(s)`,
        zh: `${where} 至少需要 ${String(p.limit)} 项`,
      };
      break;
    case 'minLength':
      message = { en: `${where} must not be empty`, zh: `${where} 不能为空` };
      break;
    case 'minimum':
    case 'maximum':
      message = {
        en: `${where} must be ${e.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p.limit)} (got ${JSON.stringify(e.data)})`,
        zh: `${where} 必须${e.keyword === 'minimum' ? '不小于' : '不大于'} ${String(p.limit)}(实际为 ${JSON.stringify(e.data)})`,
      };
      break;
    default:
      message = { en: `${where} ${e.message ?? 'is invalid'}`, zh: `${where} 无效(${e.message ?? e.keyword})` };
  }
  const src = sourceOfNode(y, node);
  return { code: 'SCHEMA', severity: 'error', ...src, message, ...(hint ? { hint } : {}) };
}

/** Returns the zh and en halves of a schema description written as "中文 / English". */
export function splitDescription(description: string): Msg {
  const [zh, en] = description.split(' / ');
  return { zh: zh ?? description, en: en ?? description };
}
