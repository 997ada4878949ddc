// `kaohe template PLAN`: the actuals sheet a clerk fills in — the plan's units as rows, its indicators as
// columns — as CSV (UTF-8 with a BOM, CRLF) or .xlsx. Filled in and saved, it is scored with no edits.
// With --targets: the plan's units and targets as a targets sheet (targets: FILE) in the same formats.
// Exit 0 written; 2 a bad plan, or .xlsx asked for on a terminal.
import { buildTemplate, buildTemplateRows } from '../../load/actuals/template.js';
import type { TEMPLATE_FORMATS } from '../../report/formats.js';
import { renderTemplateCsv } from '../../report/template-csv.js';
import type { Diagnostic, Plan } from '../../model.js';
import { buildTargetsTemplate } from '../../load/targets-template.js';
import { EXIT, fileError, hasErrors, reportDiagnostics, type Context } from '../context.js';
import { errorText } from '../../messages/index.js';
import { readPlan } from '../load-inputs.js';
import { writeOutput } from '../output.js';

/** The options of `kaohe template`. */
export interface TemplateCommandOptions {
  /** Unset: from the extension of --out (.xlsx), else csv. */
  format?: (typeof TEMPLATE_FORMATS)[number];
  out?: string;
  /** The plan's units and targets as a targets sheet (targets: FILE) instead of the actuals sheet. */
  targets?: boolean;
}

/** Writes the actuals template of a plan to --out or stdout and returns the exit code. */
export async function runTemplate(ctx: Context, planPath: string, options: TemplateCommandOptions): Promise<number> {
  const format = options.format ?? (options.out !== undefined && /\.xlsx$/i.test(options.out) ? 'xlsx' : 'csv');
  // Checked before the plan is read: a usage mistake needs no plan, and its message no source line.
  if (format === 'xlsx' && options.out === undefined && ctx.io.stdout.isTTY) {
    reportDiagnostics(ctx, [binaryOnTerminal(planPath)]);
    return EXIT.badInput;
  }
  const read = await readPlan(ctx, planPath);
  reportDiagnostics(ctx, read.diagnostics);
  if (read.plan === undefined || hasErrors(read.diagnostics)) return EXIT.badInput;
  const { plan } = read.plan;
  const data = options.targets
    ? await renderTargets(plan, format)
    : format === 'xlsx'
      ? await (await import('../../report/template-xlsx.js')).renderTemplateXlsx(plan, buildTemplate(plan))
      : renderTemplateCsv(buildTemplateRows(plan));
  // The plan's own actuals files and targets sheet are protected as inputs are: a blank template must never
  // replace a filled one.
  const protectedPaths = [planPath, ...plan.actuals.map((a) => a.path), ...read.inputs.slice(1).map((i) => i.path)];
  return (await writeOutput(ctx, data, options.out, protectedPaths)) ? EXIT.ok : EXIT.badInput;
}

async function renderTargets(plan: Plan, format: 'csv' | 'xlsx'): Promise<string | Uint8Array> {
  const template = buildTargetsTemplate(plan);
  if (format === 'csv') return renderTemplateCsv([template.header, ...template.rows]);
  return (await import('../../report/template-xlsx.js')).renderTargetsXlsx(plan, template);
}

// A workbook is binary: on a terminal it is noise that can upset the terminal; into a pipe or file it is fine.
function binaryOnTerminal(planPath: string): Diagnostic {
  const hint = errorText('USAGE', 'binary_template_hint', { plan: planPath });
  return fileError('USAGE', planPath, errorText('USAGE', 'binary_template'), hint);
}
