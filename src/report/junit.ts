// JUnit XML, the test report every CI server reads: one test suite per plan and one test case per
// unit (a missed unit fails with its shortfall, an incomplete one is skipped), and one suite per
// invalid file with an error per mistake. No clock is read: every time is "0", so the bytes repeat.
import type { Diagnostic, Lang, Result, UnitResult } from '../model.js';
import { formatSource } from '../source.js';
import { sortDiagnostics } from './diagnostics.js';
import { describeShortfall, partOfOverall, placeOfTarget } from './github.js';
import type { RenderOptions } from './index.js';
import { describeUnitPoints, isPointTable, isTargetlessItem } from './points.js';
import { buildAccountability } from './rows.js';
import { cohortCaseProperties, cohortLinesFlat } from './cohort-ci.js';
import { label, punctuation } from './labels.js';

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/** Returns a JUnit XML document: one <testsuite> per result, then one per file with diagnostics. */
export function renderJunit(results: Result[], diagnostics: readonly Diagnostic[], opts: RenderOptions): string {
  const suites = [...results.map((r) => renderPlanSuite(r, opts.lang)), ...renderFileSuites(diagnostics, opts.lang)];
  const sum = (key: 'tests' | 'failures' | 'errors' | 'skipped'): number => suites.reduce((n, s) => n + s[key], 0);
  const totals = {
    name: 'kaohe',
    tests: sum('tests'),
    failures: sum('failures'),
    errors: sum('errors'),
    skipped: sum('skipped'),
    time: 0,
  };
  const head = `<testsuites ${attributes(totals)}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
}

function renderPlanSuite(result: Result, lang: Lang): Suite {
  const id = result.plan.id;
  const planFile = result.inputs[0]?.path ?? id;
  const consequences = new Map(buildAccountability(result, lang).map((e) => [e.id, e.consequences]));
  const { from, to } = result.plan.period;
  const properties = [
    ['title', result.plan.title],
    ['period', from === to ? String(from) : `${from}-${to}`],
    ...(result.plan.as_of === undefined ? [] : [['as_of', String(result.plan.as_of)]]),
    ['file', planFile],
    ...cohortLinesFlat(result, lang).map((line) => ['cohort', line]),
  ];
  const points = isPointTable(result);
  const cases = result.units.map((unit) =>
    renderUnitCase(id, unit, planFile, consequences.get(unit.id) ?? [], lang, {
      points,
      cohort: cohortCaseProperties(result, unit, lang),
    }),
  );
  const failures = result.units.filter((u) => u.overall === 'missed').length;
  const skipped = result.units.filter((u) => u.overall === 'incomplete').length;
  const suite = { name: id, tests: result.units.length, failures, errors: 0, skipped, time: 0 };
  const head = `  <testsuite ${attributes(suite)}>`;
  const props = properties.map(([name, value]) => `      <property ${attributes({ name, value })}/>`);
  return {
    xml: [head, '    <properties>', ...props, '    </properties>', ...cases, '  </testsuite>'].join('\n'),
    tests: result.units.length,
    failures,
    errors: 0,
    skipped,
  };
}

function renderUnitCase(
  planId: string,
  unit: UnitResult,
  planFile: string,
  consequences: string[],
  lang: Lang,
  { points, cohort }: { points: boolean; cohort: readonly [string, string][] },
): string {
  // A ranked unit's group, rank and grade as the test case's own properties (issue #12's cohort phase).
  const props =
    cohort.length === 0
      ? ''
      : [
          '\n      <properties>',
          ...cohort.map(([name, value]) => `        <property ${attributes({ name, value })}/>`),
          '      </properties>',
        ].join('\n');
  // In a point table an item with no target is not "missed": its points are in the case's output with the rest.
  const missed = unit.indicators.filter((i) => i.status === 'missed' && !(points && isTargetlessItem(i)));
  // A CI report that links test cases to files opens the first missed target, else the unit's first target.
  const at = placeOfTarget(missed[0] ?? unit.indicators[0] ?? {}, planFile);
  const attrs = attributes({
    classname: planId,
    name: `${unit.id} ${unit.name}`,
    file: at.file,
    line: at.line,
    time: 0,
  });
  const p = punctuation(lang);
  // A point table's case says every item's points, the sections, bonus and total; a unit that did not miss still
  // shows its consequences (a veto fires on a unit that met its targets).
  const said = [...(points ? describeUnitPoints(unit, lang) : []), ...(unit.overall === 'missed' ? [] : consequences)];
  const out = said.length === 0 ? '' : `\n      <system-out>${escapeXml(said.join('\n'))}</system-out>`;
  if (unit.overall === 'missed') {
    const lines = missed.map((ind) => {
      const where = ind.target_source === undefined ? '' : ` (${ind.target_source})`;
      const optional = ind.required === false ? ` [${label('word.not_binding', lang)}]` : '';
      return `${describeShortfall(ind, lang)}${optional}${where}`;
    });
    if (consequences.length > 0) lines.push(consequences.join(p.semicolon));
    const message = `${label('overall.missed', lang)}${p.colon}${missed
      .filter((i) => i.required !== false)
      .map((i) => describeShortfall(i, lang))
      .join(p.semicolon)}`;
    const failure = `<failure ${attributes({ type: 'missed', message })}>${escapeXml(lines.join('\n'))}</failure>`;
    return `    <testcase ${attrs}>${props}\n      ${failure}${out}\n    </testcase>`;
  }
  if (unit.overall === 'incomplete') {
    const missing = unit.indicators
      .filter((i) => i.status === 'missing' && partOfOverall(unit, i))
      .map((i) => i.name ?? i.id);
    const noActual = label('gap.no_actual_for', lang, { names: missing.join(p.enumeration) });
    const message = `${label('overall.incomplete', lang)}${p.colon}${noActual}`;
    return `    <testcase ${attrs}>${props}\n      <skipped ${attributes({ message })}/>${out}\n    </testcase>`;
  }
  return props + out === '' ? `    <testcase ${attrs}/>` : `    <testcase ${attrs}>${props}${out}\n    </testcase>`;
}

// Mistakes are grouped by file (in the order diagnostics sort them): each error a test case in error,
// each warning a line of the suite's output, so a file that only warns still shows what it said.
function renderFileSuites(diagnostics: readonly Diagnostic[], lang: Lang): Suite[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  return [...byFile].map(([file, list]) => {
    const errors = list.filter((d) => d.severity === 'error');
    const warnings = list.filter((d) => d.severity === 'warning').map((d) => describeDiagnostic(d, lang));
    const cases = errors.map((d) => {
      const text = describeDiagnostic(d, lang);
      const attrs = attributes({
        classname: file,
        name: `${d.code} ${d.cell ?? `${d.line}:${d.col}`}`,
        file: d.file,
        line: d.cell ? undefined : d.line,
        time: 0,
      });
      const hint = d.hint === undefined ? '' : `\n${label('word.hint', lang)}${punctuation(lang).colon}${d.hint[lang]}`;
      const error = `<error ${attributes({ type: d.code, message: text })}>${escapeXml(text + hint)}</error>`;
      return `    <testcase ${attrs}>\n      ${error}\n    </testcase>`;
    });
    const out = warnings.length === 0 ? [] : [`    <system-out>${escapeXml(warnings.join('\n'))}</system-out>`];
    const suite = { name: file, tests: errors.length, failures: 0, errors: errors.length, skipped: 0, time: 0 };
    const head = `  <testsuite ${attributes(suite)}>`;
    return {
      xml: [head, ...cases, ...out, '  </testsuite>'].join('\n'),
      tests: errors.length,
      failures: 0,
      errors: errors.length,
      skipped: 0,
    };
  });
}

// `file:line:col: message`, with the severity and code for a warning, which has no element of its own.
function describeDiagnostic(d: Diagnostic, lang: Lang): string {
  const prefix = d.severity === 'warning' ? `${label('severity.warning', lang)} ${d.code}: ` : '';
  return `${formatSource(d)}: ${prefix}${d.message[lang]}`;
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter((kv): kv is [string, string | number] => kv[1] !== undefined)
    .map(([k, v]) => `${k}="${escapeXml(String(v), true)}"`)
    .join(' ');
}

// XML 1.0 cannot carry C0 controls other than tab, LF and CR, even as &#n; references, nor lone
// surrogates or U+FFFE/U+FFFF: they become visible \uXXXX text (U+FFFD for a lone surrogate).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source;
const ESCAPED = new RegExp(`[&<>"'\\u0000-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`, 'g');
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Returns text safe in XML content, or (attribute) in a double-quoted attribute, where tab, LF and CR stay as written.
 */
export function escapeXml(text: string, attribute = false): string {
  return text.replace(ESCAPED, (ch) => {
    const entity = ENTITIES[ch];
    if (entity !== undefined) return entity;
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
    // A parser turns LF, CR and tab in an attribute into spaces, and CR in content into LF, unless referenced.
    if (ch === '\n' || ch === '\t') return attribute ? `&#${code};` : ch;
    if (ch === '\r' || (code >= 0x7f && code <= 0x9f)) return `&#${code};`;
    return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
