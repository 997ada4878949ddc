// Start-up does not pay for the charts: ECharts (and exceljs) are reached from the command line only
// through a dynamic import() taken when --format html (or xlsx) is chosen, never through a static import
// of the entry, of `score` or of `diff` (whose own formats are drawn without charts).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOf, ROOT } from '../helpers/imports.js';

// `import … from 'x'` and `export … from 'x'`, not `import type`, not `import('x')`.
const STATIC = /\b(?:import|export)\s+(?!type\b)([^'"`;()]*?)\bfrom\s*['"]([^'"]+)['"]/g;

/** Returns every module a file loads at once, transitively: repository paths of sources, names of packages. */
function staticClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('src/')) return;
    for (const m of codeOf(readFileSync(join(ROOT, file), 'utf8')).matchAll(STATIC)) {
      const specifier = m[2]!;
      const target = specifier.startsWith('.')
        ? relative(ROOT, resolve(dirname(join(ROOT, file)), specifier)).replace(/\.js$/, '.ts')
        : specifier;
      visit(target);
    }
  };
  visit(start);
  return seen;
}

describe('lazy loading', () => {
  it.each(['src/cli/entry.ts', 'src/cli/commands/score.ts', 'src/cli/commands/diff.ts'])(
    '%s loads neither ECharts nor exceljs nor the chart modules at once',
    (start) => {
      const heavy = [...staticClosure(start)].filter((m) => /^(echarts|exceljs)|report\/(charts|html)\.ts$/.test(m));
      expect(heavy).toEqual([]);
    },
  );

  it('the HTML report does load ECharts (so the check above looks at the right names)', () => {
    expect([...staticClosure('src/report/html.ts')].filter((m) => m.startsWith('echarts'))).toEqual([
      'echarts/charts',
      'echarts/components',
      'echarts/core',
      'echarts/renderers',
    ]);
  });
});
