// Every equation `explain` prints is true: for each unit of each bundled plan and point-table fixture, each
// "a + b − c × d ÷ e = f" in its English text is evaluated exactly and compared with what it claims (probe §10 found
// "13 = 16" and "2 + 3 + 5 + 5 + 3 = 12"). The arithmetic is done here, independently of the program.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import type { Result } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';

const NUMBER = /^-?[0-9][0-9,]*(\.[0-9]+)?/;
const PRECEDENCE: Record<string, number> = { '+': 1, '−': 1, '×': 2, '÷': 2, '/': 2 };

/** Returns the value of an arithmetic text (numbers, + − × ÷ / and parentheses), exactly; null when it is not one. */
function evaluate(text: string): D | null {
  const out: D[] = [];
  const ops: string[] = [];
  const apply = (): boolean => {
    const op = ops.pop();
    const b = out.pop();
    const a = out.pop();
    if (op === undefined || a === undefined || b === undefined) return false;
    out.push(op === '+' ? a.plus(b) : op === '−' ? a.minus(b) : op === '×' ? a.times(b) : a.dividedBy(b));
    return true;
  };
  let rest = text.trim();
  let expectNumber = true;
  while (rest !== '') {
    const number = expectNumber ? NUMBER.exec(rest) : null;
    if (number !== null) {
      out.push(new D(number[0].replaceAll(',', '')));
      rest = rest.slice(number[0].length);
      expectNumber = false;
    } else if (expectNumber && rest[0] === '(') {
      ops.push('(');
      rest = rest.slice(1);
    } else if (!expectNumber && rest[0] === ')') {
      while (ops.length > 0 && ops[ops.length - 1] !== '(') if (!apply()) return null;
      if (ops.pop() !== '(') return null;
      rest = rest.slice(1);
    } else if (!expectNumber && rest[0] !== undefined && PRECEDENCE[rest[0]] !== undefined) {
      const op = rest[0];
      while (ops.length > 0 && (PRECEDENCE[ops[ops.length - 1]!] ?? 0) >= PRECEDENCE[op]!) if (!apply()) return null;
      ops.push(op);
      rest = rest.slice(1);
      expectNumber = true;
    } else return null;
    rest = rest.trimStart();
  }
  while (ops.length > 0) if (!apply()) return null;
  return !expectNumber && out.length === 1 ? out[0]! : null;
}

/** Returns every equation of a text whose left side is pure arithmetic: the text, its value and the value claimed. */
function equations(text: string): { said: string; lhs: D; rhs: string }[] {
  const found: { said: string; lhs: D; rhs: string }[] = [];
  // The group's line names its count in words ("3 − 1 missed × 1"): the word goes, the arithmetic stays.
  const plain = text.replaceAll(' missed × ', ' × ');
  for (const match of plain.matchAll(/([-0-9.,+−×÷/() ]+) = (-?[0-9][0-9,]*(?:\.[0-9]+)?)/g)) {
    const left = match[1]!.trim();
    if (!/[+−×÷/]/.test(left) && !/^-?[0-9][0-9,.]*$/.test(left)) continue;
    const lhs = evaluate(left);
    if (lhs !== null) found.push({ said: match[0], lhs, rhs: match[2]!.replaceAll(',', '') });
  }
  return found;
}

/** Returns whether the left side equals the claim, as far as shown: a claim with 4 places is a rounded quotient. */
function holds(lhs: D, rhs: string, said: string): boolean {
  const places = rhs.split('.')[1]?.length ?? 0;
  if (lhs.eq(rhs)) return true;
  // Terms shown rounded to 4 places (an unending quotient) carry at most half a unit of the 4th place each.
  const rounded = (said.match(/[0-9]\.[0-9]{4}(?![0-9])/g) ?? []).length;
  return (
    rounded > 0 &&
    places <= 4 &&
    lhs
      .minus(rhs)
      .abs()
      .lte(new D('0.00005').times(rounded + 1))
  );
}

describe('the equations explain prints', () => {
  it('evaluates arithmetic as written, exactly', () => {
    expect(evaluate('2 + 3 × 4')?.toFixed()).toBe('14');
    expect(evaluate('(1200 − 1140) ÷ 1200 × 100')?.toFixed()).toBe('5');
    expect(evaluate('60 + 40 × (12 − 10) ÷ (5 − 10)')?.toFixed()).toBe('44');
    expect(evaluate('7,900 − 8,000')?.toFixed()).toBe('-100');
    expect(evaluate('-1 + 2')?.toFixed()).toBe('1');
    expect(evaluate('(3.7 + 3.6 + 3.5) / 3')?.toFixed()).toBe('3.6');
    expect(evaluate('3 −')).toBe(null);
    expect(equations('total: 13 = 16').map((e) => [e.lhs.toFixed(), e.rhs])).toEqual([['13', '16']]);
    expect(equations('group g: 3 − 1 missed × 1 = 2, floor 0 → 2').map((e) => e.lhs.toFixed())).toEqual(['2']);
    expect(equations('money: reward 0 − fine 0 = net 0 yuan')).toEqual([]);
  });

  const plans = [
    ...readdirSync('plans')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `plans/${f}`),
    ...readdirSync('fixtures/points')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => `fixtures/points/${f}`),
  ];
  it.each(plans)('are true for every unit of %s', async (plan) => {
    const scored = await runKaohe(['score', plan, '--format', 'json', '--allow-missing']);
    expect(scored.code).toBe(0);
    const results = [JSON.parse(scored.stdout) as Result | Result[]].flat();
    let checked = 0;
    for (const unit of results.flatMap((r) => r.units)) {
      const run = await runKaohe(['--lang', 'en', 'explain', plan, '--unit', unit.id]);
      expect(run.code, run.stderr).toBe(0);
      for (const { said, lhs, rhs } of equations(run.stdout)) {
        expect(holds(lhs, rhs, said), `${plan} ${unit.id}: ${said} (left side ${lhs.toFixed()})`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
