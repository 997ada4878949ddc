// Measures reading a 50,000-row actuals workbook with exceljs: the full reader (what
// src/load/actuals/xlsx.ts uses) against the streaming reader, each in its own process so that
// its peak RSS is its own. Alternates the two, several runs each, and prints the medians.
// Usage: node bench/xlsx-read.mjs [ROWS] [RUNS]     (the workbook is generated under the OS temp dir)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [mode, file] = process.argv.slice(2);
if (mode === '--read-full' || mode === '--read-stream') {
  const { default: ExcelJS } = await import('exceljs');
  const start = process.hrtime.bigint();
  let cells = 0;
  if (mode === '--read-full') {
    // The loader gets bytes, not a path: load from a buffer as it does, then visit every cell.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file));
    const ws = wb.worksheets[0];
    // columnCount walks every row: read it once, as the loader does.
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      for (let c = 1; c <= width; c++) if (row.getCell(c).value !== null) cells++;
    }
  } else {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const ws of reader) {
      for await (const row of ws) row.eachCell(() => cells++);
      break;
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, cells }));
  process.exit(0);
}

const rows = Number(process.argv[2] ?? 50000);
const runs = Number(process.argv[3] ?? 3);
const path = join(tmpdir(), `kaohe-bench-${rows}.xlsx`);
if (!existsSync(path)) await generate(path, rows);

const self = fileURLToPath(import.meta.url);
const results = { full: [], stream: [] };
for (let i = 0; i < runs; i++) {
  for (const kind of ['full', 'stream']) {
    const child = spawnSync(process.execPath, [self, `--read-${kind}`, path], {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: '' },
    });
    if (child.status !== 0) throw new Error(child.stderr);
    results[kind].push(JSON.parse(child.stdout));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${rows} rows, ${runs} runs each (median), exceljs import included in neither:`);
for (const kind of ['full', 'stream']) {
  const r = results[kind];
  console.log(
    `  ${kind.padEnd(6)} ${median(r.map((x) => x.ms))
      .toFixed(0)
      .padStart(6)} ms  peak RSS ${median(r.map((x) => x.maxRssMb))
      .toFixed(0)
      .padStart(4)} MB  (${r[0].cells} cells)`,
  );
}

async function generate(target, n) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: target, useSharedStrings: true });
  const ws = wb.addWorksheet('2010年');
  ws.addRow([
    '单位',
    '年份',
    '城镇新增就业(人)',
    '城镇登记失业率(%)',
    '下岗失业人员再就业',
    '职业技能培训',
    '就业补助资金(元)',
    '合计',
  ]).commit();
  for (let i = 1; i <= n; i++) {
    const r = i + 1;
    ws.addRow([
      `单位${String(i).padStart(5, '0')}`,
      2010,
      1000 + (i % 5000),
      `${(3 + (i % 20) / 10).toFixed(1)}%`,
      i % 997,
      String(i * 3),
      12345.5 + i,
      { formula: `C${r}+E${r}`, result: 1000 + (i % 5000) + (i % 997) },
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}
