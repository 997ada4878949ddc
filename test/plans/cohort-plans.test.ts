// The three cohort plans scored through the command line, against the results worked by hand in
// test/plans/guangdong-rural-2010.md, nantong-2007.md and fuzhou-jx-2010.md.
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model.js';
import { runKaohe } from '../helpers/memory-io.js';

const cache = new Map<string, Promise<Result>>();
function score(plan: string): Promise<Result> {
  const run = async (): Promise<Result> => {
    const r = await runKaohe(['score', `plans/${plan}.yaml`, '--format', 'json']);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Result;
  };
  const hit = cache.get(plan) ?? run();
  cache.set(plan, hit);
  return hit;
}
const byName = (r: Result, name: string) => r.units.find((u) => u.name === name)!;

describe('plans/guangdong-rural-2010.yaml reproduces 粤府〔2011〕110号', () => {
  const excellent = ['梅州市', '中山市', '韶关市', '佛山市', '惠州市', '广州市'];

  it('rates exactly the six published cities 优秀 and every other city 达标', async () => {
    const r = await score('guangdong-rural-2010');
    const graded = r.units.filter((u) => u.grade?.final === '优秀').map((u) => u.name);
    expect(graded.sort()).toEqual([...excellent].sort());
    expect(r.units.filter((u) => u.grade?.final === '达标')).toHaveLength(15);
  });

  it.each([
    ['梅州市', '99', 1],
    ['中山市', '99', 1],
    ['韶关市', '98', 3],
    ['佛山市', '98', 3],
    ['惠州市', '97.5', 5],
    ['广州市', '96.5', 6],
    ['深圳市', '95', 7],
    ['东莞市', '91.5', 8],
    ['云浮市', '78', 21],
  ] as const)('%s scores %s and ranks %i of 21', async (name, total, position) => {
    const unit = byName(await score('guangdong-rural-2010'), name);
    expect(unit.score).toBe(total);
    expect(unit.rank).toMatchObject({ position, of: 21 });
  });

  it('works the quota as 30% × 21 = 6.3 → 6 places, 8 candidates, 6 granted', async () => {
    const q = (await score('guangdong-rural-2010')).cohort!.quotas[0]!;
    expect(q).toMatchObject({
      level: '优秀',
      units: 21,
      share: '30',
      exact: '6.3',
      places: 6,
      candidates: 8,
      granted: 6,
    });
  });

  it('keeps 深圳 (95) and 东莞 (91.5) to 达标 by the quota, not the threshold', async () => {
    const r = await score('guangdong-rural-2010');
    for (const name of ['深圳市', '东莞市']) {
      const unit = byName(r, name);
      expect(unit.grade).toEqual({ base: '优秀', final: '达标', steps_down: 0 });
      expect(unit.quotas).toEqual([{ level: '优秀', granted: false, reason: 'over', to: '达标' }]);
    }
  });

  it('commends (予以表彰) the six 优秀 and criticises no one', async () => {
    const r = await score('guangdong-rural-2010');
    const commended = r.units.filter((u) => u.consequences?.some((c) => c.action === '予以表彰')).map((u) => u.name);
    expect(commended.sort()).toEqual([...excellent].sort());
    expect(r.units.some((u) => u.consequences?.some((c) => c.action === '全省通报批评'))).toBe(false);
  });
});

describe('plans/nantong-2007.yaml: prizes by rank, 区 ranked apart', () => {
  it.each([
    ['如皋市', 1, '100000'],
    ['海安县', 2, '70000'],
    ['如东县', 3, '50000'],
    ['通州市', 4, '0'],
    ['海门市', 5, '0'],
    ['启东市', 6, '0'],
    ['崇川区', 1, '100000'],
    ['港闸区', 2, '0'],
  ] as const)('%s ranks %i in its group and wins %s yuan', async (name, position, yuan) => {
    const unit = byName(await score('nantong-2007'), name);
    expect(unit.rank?.position).toBe(position);
    expect(unit.prize_yuan).toBe(yuan);
  });

  it('separates 如皋 and 海安 (both 100) by 城镇新增就业 12600 > 10500', async () => {
    const unit = byName(await score('nantong-2007'), '如皋市');
    expect(unit.rank?.tie_break).toEqual({
      unit: 'haian',
      indicator: 'urban_new_jobs',
      by: 'actual',
      value: '12600',
      other_value: '10500',
    });
  });

  it('ranks 通州 (98.125) above 海门 (98) and shows 港闸 68.666… as 68.6667', async () => {
    const r = await score('nantong-2007');
    expect(byName(r, '通州市').score).toBe('98.125');
    expect(byName(r, '港闸区').score).toBe('68.6667');
  });

  it('pays 320000 yuan in prizes in all', async () => {
    expect((await score('nantong-2007')).totals.prize_yuan).toBe('320000');
  });
});

describe('plans/fuzhou-jx-2010.yaml: the gate and 末位', () => {
  it('passes 临川 (rank 1, missed its target) over: 综合先进 go to 南城, 南丰, 东乡', async () => {
    const p = (await score('fuzhou-jx-2010')).cohort!.prizes.find((x) => x.group === 'county')!;
    expect(p.passed_over).toEqual(['linchuan']);
    expect(p.awards.map((a) => [a.unit, a.place, a.rank])).toEqual([
      ['nancheng', 1, 2],
      ['nanfeng', 2, 3],
      ['dongxiang', 3, 4],
    ]);
  });

  it('gives the 市直 综合先进 to 市工商局, 市人社局, 市发改委, 市工信委 (100 each, startup_services 66 > 55 > 40 > 30)', async () => {
    const p = (await score('fuzhou-jx-2010')).cohort!.prizes.find((x) => x.group === 'city_dept')!;
    expect(p.awards.map((a) => a.unit)).toEqual(['gsj', 'rsj', 'fgw', 'gxw']);
  });

  it.each([
    ['临川区', 1],
    ['南城县', 2],
    ['南丰县', 3],
    ['东乡县', 4],
    ['黎川县', 5],
    ['宜黄县', 6],
    ['崇仁县', 7],
    ['金溪县', 8],
    ['资溪县', 9],
    ['广昌县', 10],
    ['乐安县', 11],
    ['金巢经济开发区', 12],
  ] as const)('%s ranks %i of 12 in 县(区)', async (name, position) => {
    expect(byName(await score('fuzhou-jx-2010'), name).rank).toMatchObject({ position, of: 12 });
  });

  it('names 金巢经济开发区 (29) 末位 and criticises it, as not every county met', async () => {
    const r = await score('fuzhou-jx-2010');
    expect(r.cohort!.last_place).toEqual([
      expect.objectContaining({ group: 'county', all_met: false, units: ['jinchao'] }),
    ]);
    expect(byName(r, '金巢经济开发区').consequences?.map((c) => c.action)).toEqual(['通报批评']);
    expect(r.totals.last_place).toBe(1);
  });
});
