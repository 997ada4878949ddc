// A targets sheet (`targets: FILE` in a plan): the plan's units and their targets as a table, one row
// per unit, as target splits are issued (就业计划分解表). Read by the actuals' readers (CSV of any
// encoding or .xlsx, rows one at a time, every mistake at its cell), so a national split of 2,881 units
// costs a CSV read, not a YAML parse. Columns: 单位编号 (id), 单位名称 (name), optional 上级单位 (parent),
// 分组 (group: a unit group's id or name), 基础等次 (base_grade) and the four responsible persons, then one
// column per indicator, its header the indicator's id or name (with its unit of measure in brackets when the
// figures are written in another).
import type { D } from '../decimal.js';
import { errorText, labelText } from '../messages/index.js';
import { joined, listOf } from '../messages/text.js';
import type { Indicator, Loaded, Plan, Responsible, Source, Target, Unit } from '../model.js';
import { createCollector, type Collector } from './actuals/collect.js';
import { normalizeLineEnds, parseCsvGrid } from './actuals/csv.js';
import { rowOf, sheetRowOf, sourceAt, textOf, type Cell, type Grid, type Row, type SheetRow } from './actuals/grid.js';
import { parseIndicatorLabel } from './actuals/header.js';
import { createMatcher, looseKey } from './actuals/match.js';
import { FOOTNOTE, TOTAL } from './actuals/table.js';
import { readSheetCell, readValueText } from './actuals/value.js';
import { decodeText } from './decode.js';

/** The units of a targets sheet, and where each unit's fields are (for the plan's checks to point at). */
export interface SheetUnits {
  units: Unit[];
  /** The unit group (分类考核) of each unit that names one, by unit id: a group's id (its name in the sheet read as id). */
  groups: Map<string, string>;
  /** Where units[i]'s field is: 'id', 'name', 'parent', 'group', 'base_grade', or 'targets' and an indicator id. */
  placeOf(i: number, field: readonly (string | number)[]): Source & { length?: number };
}

type Field = 'id' | 'name' | 'parent' | 'group' | 'base_grade' | keyof Responsible | 'skip';
const FIELDS = new Map<string, Field>([
  ...['id', '单位编号', '编号', '单位代码', '代码'].map((a) => [a, 'id'] as const),
  ...['name', '单位名称', '单位', '名称', '责任单位'].map((a) => [a, 'name'] as const),
  ...['parent', '上级单位', '上级', '上级单位编号'].map((a) => [a, 'parent'] as const),
  ...['group', '分组', '单位组', '考核分组', '类别'].map((a) => [a, 'group'] as const),
  ...['base_grade', '基础等次'].map((a) => [a, 'base_grade'] as const),
  ...['head', '行政一把手', '主要负责人'].map((a) => [a, 'head'] as const),
  ...['deputy', '班子分管成员', '分管负责人'].map((a) => [a, 'deputy'] as const),
  ...['department_head', '具体工作部门负责人', '部门负责人'].map((a) => [a, 'department_head'] as const),
  ...['staff', '具体工作人员', '工作人员'].map((a) => [a, 'staff'] as const),
  ...['序号', 'no', 'no.', '备注', '说明', 'note'].map((a) => [a, 'skip'] as const),
]);

/** The header a targets template writes for each field (what the reader matches first). */
export const SHEET_HEADERS: Record<Exclude<Field, 'skip'>, string> = {
  id: '单位编号',
  name: '单位名称',
  parent: '上级单位',
  group: '分组',
  base_grade: '基础等次',
  head: '行政一把手',
  deputy: '班子分管成员',
  department_head: '具体工作部门负责人',
  staff: '具体工作人员',
};

const ID = /^[a-z][a-z0-9_]{0,63}$/;

interface Layout {
  fields: Map<Exclude<Field, 'skip'>, number>;
  /** Each target column, and what each text it holds was read as (a national sheet's 86,275 are 29,584 texts). */
  targets: { col: number; indicator: Indicator; writtenIn?: string; read: Map<string, { value: D | null }> }[];
  /** The merged ranges already refused (each once). */
  merges: Set<string>;
}

/**
 * Returns the units of a targets sheet (CSV/TSV/TXT or .xlsx bytes) for the plan's indicators, with every mistake at
 * its cell: FILE_* for a file that is not a readable table, TARGETS_SHEET for a missing column or a bad id or name,
 * ACTUALS_UNKNOWN_INDICATOR / ACTUALS_VALUE / ACTUALS_UNIT_MISMATCH for a header or a figure, as in actuals.
 */
export async function loadTargetsSheet(
  input: { path: string; bytes: Uint8Array },
  plan: Plan,
  options: { encoding?: string; sheet?: string } = {},
): Promise<Loaded<SheetUnits> & { text?: string }> {
  const out = createCollector(input.path);
  const ext = /\.([^./\\]+)$/.exec(input.path)?.[1]?.toLowerCase() ?? '';
  let grid: Grid | undefined;
  let text: string | undefined;
  if (ext === 'xlsx' || ext === 'xlsm') {
    const { readXlsxGrid } = await import('./actuals/xlsx.js');
    grid = await readXlsxGrid(input.bytes, input.path, options.sheet, out);
  } else if (ext === 'csv' || ext === 'tsv' || ext === 'txt') {
    const decoded = decodeText(input.bytes, options.encoding);
    if ('error' in decoded) {
      const e = decoded.error;
      out.error(e.code, { file: input.path, line: e.line, col: 1 }, e.message, e.hint);
    } else {
      text = normalizeLineEnds(decoded.text);
      grid = parseCsvGrid(text, input.path, out);
    }
  } else {
    out.error(
      'FILE_FORMAT',
      { file: input.path, line: 1, col: 1 },
      errorText('TARGETS_SHEET', 'format', { ext }),
      errorText('TARGETS_SHEET', 'format_hint'),
    );
  }
  const read = grid === undefined ? undefined : readSheet(grid, plan, out);
  const { diagnostics } = out.done();
  return { ...(read === undefined ? {} : { value: read }), diagnostics, ...(text === undefined ? {} : { text }) };
}

function readSheet(grid: Grid, plan: Plan, out: Collector): SheetUnits | undefined {
  let layout: Layout | undefined;
  let header: Row | undefined;
  const units: Unit[] = [];
  const groups = new Map<string, string>();
  const rows: SheetRow[] = [];
  for (const any of grid.rows) {
    const row = sheetRowOf(any);
    if (layout === undefined) {
      if (row.texts.filter((t) => t.trim() !== '').length < 2) continue;
      header = rowOf(row);
      layout = readHeader(header, plan, out);
      if (layout === undefined) return undefined;
      continue;
    }
    const unit = readUnit(row, layout, header!, grid, out);
    if (unit === undefined) continue;
    const group = groupOf(row, layout, plan);
    if (group !== undefined) groups.set(unit.id, group);
    units.push(unit);
    rows.push(row);
  }
  if (layout === undefined) {
    out.error(
      'TARGETS_SHEET',
      { file: grid.file, line: 1, col: 1 },
      errorText('TARGETS_SHEET', 'no_header'),
      errorText('TARGETS_SHEET', 'template_hint'),
    );
    return undefined;
  }
  const fields = layout.fields;
  const targetCol = new Map(layout.targets.map((t) => [t.indicator.id, t.col]));
  return {
    units,
    groups,
    placeOf(i, path) {
      const [field, id] = path;
      const col = field === 'targets' ? targetCol.get(String(id)) : fields.get(field as Exclude<Field, 'skip'>);
      return rows[i]!.cellAt(col ?? fields.get('id')!).source;
    },
  };
}

// A unit's group as written: a declared group's id, or its name (县(市)) read as its id, either as clerks type them
// (县（市） with full-width brackets, 区 with a stray space: the loose key units and indicators are matched by);
// anything else as written, for the plan's check to refuse as an unknown group at this cell.
function groupOf(row: SheetRow, layout: Layout, plan: Plan): string | undefined {
  const col = layout.fields.get('group');
  const text = col === undefined ? '' : (row.texts[col] ?? '').trim();
  if (text === '') return undefined;
  const groups = plan.cohort?.groups ?? [];
  const exact = groups.find((g) => g.id === text) ?? groups.find((g) => g.name === text);
  if (exact !== undefined) return exact.id;
  const key = looseKey(text);
  const loose = groups.filter((g) => looseKey(g.id) === key || looseKey(g.name) === key);
  return loose.length === 1 ? loose[0]!.id : text;
}

function readHeader(header: Row, plan: Plan, out: Collector): Layout | undefined {
  const layout: Layout = { fields: new Map(), targets: [], merges: new Set() };
  const matcher = createMatcher({ ...plan, units: [] });
  let refused = false;
  for (const [col, cell] of header.cells.entries()) {
    const text = textOf(cell);
    if (text === '') continue;
    const field = FIELDS.get(looseKey(text));
    if (field === 'skip') continue;
    if (field !== undefined && !layout.fields.has(field)) {
      layout.fields.set(field, col);
      continue;
    }
    const found = parseIndicatorLabel(text, matcher);
    if ('code' in found) {
      out.error(found.code, cell.source, found.message, found.hint);
      refused = true;
    } else if (!layout.targets.some((t) => t.indicator === found.indicator)) {
      layout.targets.push({ col, ...found, read: new Map() });
    } else {
      out.error(
        'TARGETS_SHEET',
        cell.source,
        errorText('TARGETS_SHEET', 'second_column', { indicator: found.indicator.name }),
      );
      refused = true;
    }
  }
  const missing = (['id', 'name'] as const).filter((f) => !layout.fields.has(f));
  if (missing.length > 0) {
    const names = missing.map((f) => SHEET_HEADERS[f]);
    out.error(
      'TARGETS_SHEET',
      header.cells[0]!.source,
      errorText('TARGETS_SHEET', 'missing_columns', {
        fields: joined(missing, labelText('word.or_list')),
        headers: listOf(names),
      }),
      errorText('TARGETS_SHEET', 'template_hint'),
    );
    return undefined;
  }
  return refused ? undefined : layout;
}

function readUnit(row: SheetRow, layout: Layout, header: Row, grid: Grid, out: Collector): Unit | undefined {
  const text = (field: Exclude<Field, 'skip'>): string => {
    const col = layout.fields.get(field);
    return col === undefined ? '' : (row.texts[col] ?? '').trim();
  };
  const id = text('id');
  const name = text('name');
  if (row.texts.every((t) => t.trim() === '')) return undefined;
  if (id === '' && (TOTAL.test(looseKey(name)) || FOOTNOTE.test(name) || name === '')) return undefined;
  const idCell = row.cellAt(layout.fields.get('id')!);
  if (!ID.test(id)) {
    out.error(
      'TARGETS_SHEET',
      idCell.source,
      id === '' ? errorText('TARGETS_SHEET', 'empty_id') : errorText('TARGETS_SHEET', 'bad_id', { id }),
      errorText('TARGETS_SHEET', 'id_hint'),
    );
    return undefined;
  }
  if (name === '') {
    out.error(
      'TARGETS_SHEET',
      row.cellAt(layout.fields.get('name')!).source,
      errorText('TARGETS_SHEET', 'no_name', { id }),
    );
    return undefined;
  }
  const responsible: Responsible = {};
  for (const key of ['head', 'deputy', 'department_head', 'staff'] as const)
    if (text(key) !== '') responsible[key] = text(key);
  const parent = text('parent');
  const baseGrade = text('base_grade');
  const { file, line, col, cell } = idCell.source;
  return {
    id,
    name,
    ...(parent === '' ? {} : { parent }),
    responsible,
    ...(baseGrade === '' ? {} : { baseGrade }),
    targets: readTargets(row, layout, header, grid, out),
    source: cell === undefined ? { file, line, col } : { file, line, col, cell },
  };
}

function readTargets(row: SheetRow, layout: Layout, header: Row, grid: Grid, out: Collector): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const column of layout.targets) {
    const { col, indicator, writtenIn } = column;
    const raw = row.texts[col] ?? '';
    if (!row.rich && raw.trim() === '') continue;
    const cell: Cell | undefined = row.rich ? row.cellAt(col) : undefined;
    // A workbook's cell is read as an actuals sheet's is: a target merged over two units is refused, not given to one
    const read =
      cell === undefined ? readTextOnce(column, raw) : readSheetCell(cell, indicator, writtenIn, layout.merges);
    if (read === undefined) continue;
    if ('code' in read) {
      const label = grid.columnLabel(col);
      const column = labelText('column.named', { column: label, header: textOf(header.cells[col]) });
      out.error(
        read.code,
        row.cellAt(col).source,
        labelText('column.message', { column, message: read.message }),
        read.hint,
      );
      continue;
    }
    if (read.value === null) continue;
    targets.set(indicator.id, { value: read.value, source: sourceAt(row, col) });
  }
  return targets;
}

// A text of a target column read once: the rows that wrote it share its Decimal (immutable). A mistake is not kept,
// so that each cell that holds it is told.
function readTextOnce(column: Layout['targets'][number], raw: string): ReturnType<typeof readValueText> {
  const known = column.read.get(raw);
  if (known !== undefined) return known;
  const read = readValueText(raw, column.indicator, column.writtenIn);
  if (!('code' in read)) column.read.set(raw, read);
  return read;
}
