// YAML actuals (`kaohe: 1`, `actuals: {year?, values: {UNIT: {INDICATOR: VALUE}}}`, or a list of
// those, one per year): checked against schemas/actuals.schema.json, then walked node by node so
// that each value keeps its line and its exact source text (0.1 stays "0.1", 20 digits stay 20).
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { validateActualsDocument } from '../../generated/validators.js';
import { errorText } from '../../messages/index.js';
import type { Plan } from '../../model.js';
import { decodeYamlText } from '../text.js';
import { validateWithPositions, type CompiledValidator } from '../validate.js';
import { decimalTextAt, parseYaml, sourceOfNode, type YamlFile, type YamlPath } from '../yaml.js';
import type { Collector } from './collect.js';
import { parseIndicatorLabel } from './header.js';
import { createMatcher, type Matcher } from './match.js';
import { readValue } from './value.js';

/**
 * Reads a YAML actuals file into the collector (schema errors, unknown units and indicators, bad values) and returns
 * its decoded text, if it is text.
 */
export function readYamlActuals(bytes: Uint8Array, file: string, plan: Plan, out: Collector): string | undefined {
  const text = decodeYamlText(bytes, file);
  const parsed = text.value === undefined ? { diagnostics: text.diagnostics } : parseYaml(text.value, file);
  const y = parsed.value;
  const schema = y === undefined ? [] : validateWithPositions(y, validateActualsDocument as CompiledValidator);
  for (const d of [...parsed.diagnostics, ...schema]) out.error(d.code, d, d.message, d.hint);
  if (y === undefined || schema.length > 0) return text.value;
  const matcher = createMatcher(plan);
  const actuals = y.doc.get('actuals', true) as Node;
  const years: YamlPath[] = isSeq(actuals) ? actuals.items.map((_, i) => ['actuals', i]) : [['actuals']];
  for (const at of years) {
    const year = y.doc.getIn([...at, 'year']);
    const values = y.doc.getIn([...at, 'values'], true);
    if (!isMap(values)) continue;
    for (const pair of values.items)
      readUnit(y, matcher, out, [...at, 'values'], pair, typeof year === 'number' ? year : undefined);
  }
  return text.value;
}

function readUnit(
  y: YamlFile,
  matcher: Matcher,
  out: Collector,
  at: YamlPath,
  pair: Pair,
  year: number | undefined,
): void {
  const key = keyText(pair);
  const unit = matcher.unit(key);
  if (unit === undefined) {
    out.error(
      'ACTUALS_UNKNOWN_UNIT',
      sourceOfNode(y, pair.key as Node),
      errorText('ACTUALS_UNKNOWN_UNIT', 'message', { text: key }),
      matcher.unitHint(key),
    );
    return;
  }
  if (!isMap(pair.value)) return;
  for (const entry of pair.value.items) {
    const label = keyText(entry);
    const found = parseIndicatorLabel(label, matcher);
    const keySource = sourceOfNode(y, entry.key as Node);
    if ('code' in found) {
      out.error(found.code, keySource, found.message, found.hint);
      continue;
    }
    const node = entry.value as Node | null;
    const source = node === null || node.range === undefined ? keySource : sourceOfNode(y, node);
    const textValue =
      isScalar(node) && node.value !== null ? (decimalTextAt(y, [...at, key, label]) ?? String(node.value)) : '';
    const read = readValue({ text: textValue, source }, found.indicator, found.writtenIn);
    if ('code' in read) {
      out.error(read.code, source, read.message, read.hint);
      continue;
    }
    const { file, line, col } = source;
    out.add({
      unit: unit.id,
      indicator: found.indicator.id,
      value: read.value,
      source: { file, line, col },
      ...(year === undefined ? {} : { year }),
    });
  }
}

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}
