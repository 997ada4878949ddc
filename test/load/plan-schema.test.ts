import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePlanDocument } from '../../src/generated/validators.js';
import { TARGET_KEY, TARGET_KEY_MAX, TARGET_TEXT, validatePlanSchema } from '../../src/load/plan-schema.js';
import { type CompiledValidator, validateWithPositions } from '../../src/load/validate.js';
import { parseYaml, readPlanYaml } from '../../src/load/yaml.js';

const schema = JSON.parse(readFileSync('schemas/plan.schema.json', 'utf8'));

const plan = (targets: string, more = '') => `kaohe: 1
plan: {id: demo, title: 示例, period: 2010}
indicators:
  - {id: jobs, name: 城镇新增就业, unit: 人, direction: at_least, weight: 60}
units:
  - id: a
    name: 甲区
    targets: {jobs: 6000}
  - id: b
    name: 乙区
    targets: ${targets}
${more}`;

const whole = (text: string) => {
  const y = parseYaml(text, 'p.yaml').value!;
  return validateWithPositions(y, validatePlanDocument as CompiledValidator);
};

describe('validatePlanSchema', () => {
  it("holds the schema's own id pattern, id length and decimal text pattern", () => {
    expect(TARGET_KEY.source).toBe(schema.$defs.id.pattern);
    expect(TARGET_KEY_MAX).toBe(schema.$defs.id.maxLength);
    expect(TARGET_TEXT.source).toBe(schema.$defs.decimal.oneOf[1].pattern);
    expect(schema.$defs.decimal.oneOf[0]).toEqual({ type: 'number', minimum: 0 });
    const targets = schema.$defs.unit.properties.targets;
    expect(targets.propertyNames).toEqual({ $ref: '#/$defs/id' });
    expect(targets.additionalProperties).toEqual({ $ref: '#/$defs/decimal' });
    // nothing else constrains a targets mapping: an empty one is as valid as one of plain targets
    expect(Object.keys(targets).sort()).toEqual(['additionalProperties', 'description', 'propertyNames', 'type']);
  });

  it.each([
    ['plain numbers', '{jobs: 5000, rate: 4.3}', 0],
    ['decimal text', "{jobs: '5000.50'}", 0],
    ['zero', '{jobs: 0}', 0],
    ['a negative number', '{jobs: -5}', 1],
    ['a boolean', '{jobs: true}', 1],
    ['text that is no decimal', "{jobs: '5千'}", 1],
    ['a negative text', "{jobs: '-5'}", 1],
    ['a null', '{jobs: null}', 1],
    ['a nested mapping', '{jobs: {a: 1}}', 1],
    ['a key in capitals', '{Jobs: 5}', 2],
    ['a key of 65 characters', `{${'j'.repeat(65)}: 5}`, 2],
    ['a list for targets', '[5, 6]', 1],
    ['no targets', 'null', 1],
  ])('gives the errors whole validation gives for %s (%i)', (_, targets, count) => {
    const text = plan(targets);
    const y = readPlanYaml(text, 'p.yaml').value!;
    const errors = validatePlanSchema(y);
    expect(errors).toEqual(whole(text));
    expect(errors.length).toBe(count);
  });

  it('gives every other error of a plan whose targets are all plain, as whole validation does', () => {
    const text = plan('{jobs: 5000}', 'overall: sometimes\n').replace('name: 乙区\n', 'nam: 乙区\n');
    const y = readPlanYaml(text, 'p.yaml').value!;
    const errors = validatePlanSchema(y);
    expect(errors).toEqual(whole(text));
    expect(errors.map((e) => [e.line, e.col])).toEqual([
      [9, 5], // units[1] lacks name: at its mapping
      [10, 5], // nam: at the key
      [12, 10], // overall: sometimes
    ]);
  });

  it("leaves the plan's own data as it was", () => {
    const y = readPlanYaml(plan('{jobs: 5000}'), 'p.yaml').value!;
    const before = JSON.stringify(y.data);
    expect(validatePlanSchema(y)).toEqual([]);
    expect(JSON.stringify(y.data)).toBe(before);
  });
});
