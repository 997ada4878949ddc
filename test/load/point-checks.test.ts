// Plan checks of a point table that its schema cannot see, each at the place of the mistake (validate, exit 2).
// The one-line reproducers are fixtures/errors/<CODE>.yaml; these cases add the variants a reproducer does not show.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKaohe } from '../helpers/memory-io.js';

const dir = mkdtempSync(join(tmpdir(), 'kaohe-point-checks-'));

// Writes a variant of a reproducer (each replacement applied once) and validates it.
async function validateVariant(code: string, edits: [string, string][]) {
  let text = readFileSync(`fixtures/errors/${code}.yaml`, 'utf8');
  for (const [from, to] of edits) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  const path = join(dir, `${code}.yaml`);
  writeFileSync(path, text);
  return runKaohe(['validate', path, '--lang', 'en']);
}

describe('point-table plan checks', () => {
  it("refuses an efficacy item whose unit's target (the default satisfactory) equals unacceptable", async () => {
    const run = await validateVariant('EFFICACY_NO_SCALE', [
      ['satisfactory: 80}', '}'],
      ['exam_pass_rate: 95', 'exam_pass_rate: 80'],
    ]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    // line 16: `    targets: {exam_pass_rate: 80}`, the 80 at column 31
    expect(run.stderr).toContain(`${dir}/EFFICACY_NO_SCALE.yaml:16:31: error EFFICACY_NO_SCALE: 城关区's target 80`);
  });
  it('accepts an efficacy item whose target differs from unacceptable', async () => {
    const run = await validateVariant('EFFICACY_NO_SCALE', [['satisfactory: 80}', '}']]);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });
  it('accepts steps on the value of an at_most indicator', async () => {
    const run = await validateVariant('STEPS_DIRECTION', [['measure: completion', 'measure: value']]);
    expect([run.code, run.stderr]).toEqual([0, '']);
  });
  it('refuses an item listed twice in the same section', async () => {
    const run = await validateVariant('ITEM_IN_TWO_SECTIONS', [
      [
        'items: [urban_new_jobs]}\n  - {id: policies, title: 二、政策落实, items: [urban_new_jobs]}',
        'items: [urban_new_jobs, urban_new_jobs]}',
      ],
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'error ITEM_IN_TWO_SECTIONS: item urban_new_jobs is already listed in section targets',
    );
  });
  it('refuses a nested cap naming an item no section has', async () => {
    const run = await validateVariant('CAP_OUTSIDE_SECTION', [
      ['items: [urban_new_jobs], cap: 2', 'items: [mediaitems], cap: 2'],
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('names mediaitems, which is not one of the section');
  });
});
