// Generates the national county-level benchmark case (issue #7): 2,850 counties under 31 provinces,
// 30 indicators with every over_period fold, 2021–2025, the city rules; its long-CSV actuals; the same
// at a tenth of the counties; and a batch of 50 small one-year plans. Seeded: the same bytes every run.
// Usage: node bench/generate.mjs [--scale 10|1|0.1] [--out bench/data]   (no --scale: 1 and 0.1, and the batch)
// Each national case also as NAME-sheet.yaml: the same plan with its units and targets in NAME-targets.csv.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// [id, name, unit, direction, over_period, weight, extra plan fields, typical yearly value, decimals]
// Weights add up to 100. Growth targets are rates in %; their actuals are counts, with 2020 as the base.
const INDICATORS = [
  ['jobs', '城镇新增就业', '人', 'at_least', 'sum', 8, {}, 9000, 0],
  ['reemp', '失业人员再就业', '人', 'at_least', 'sum', 5, {}, 2500, 0],
  ['hard', '就业困难人员就业', '人', 'at_least', 'sum', 4, {}, 700, 0],
  ['rural', '农村劳动力转移就业', '万人', 'at_least', 'end', 4, {}, 6.5, 2],
  ['unemp', '城镇登记失业率', '%', 'at_most', 'every_year', 6, { precision: 1 }, 4.2, 1],
  ['surv', '城镇调查失业率', '%', 'at_most', 'average', 4, { precision: 1 }, 5.3, 1],
  ['zero', '零就业家庭', '户', 'at_most', 'every_year', 3, {}, 0, 0],
  ['grad', '高校毕业生就业率', '%', 'at_least', 'average', 3, {}, 90, 2],
  ['start', '扶持自主创业', '人', 'at_least', 'sum', 3, { scoring: 'proportional' }, 800, 0],
  ['sjobs', '创业带动就业', '人', 'at_least', 'sum', 3, {}, 2400, 0],
  ['loans', '创业担保贷款', '万元', 'at_least', 'sum', 3, {}, 3500, 2],
  ['train', '职业技能培训', '人次', 'at_least', 'sum', 3, {}, 6000, 0],
  ['rtrain', '农民工技能培训', '人次', 'at_least', 'sum', 2, { binding: false }, 3000, 0],
  ['skill', '技能人才总量', '万人', 'at_least', 'end', 3, {}, 4.2, 2],
  ['hskill', '高技能人才', '人', 'at_least', 'end', 3, {}, 12000, 0],
  ['fairs', '专场招聘会', '次', 'at_least', 'sum', 2, { binding: false }, 40, 0],
  ['agency', '人力资源服务机构', '家', 'at_least', 'end', 2, {}, 30, 0],
  ['incub', '创业孵化基地', '个', 'at_least', 'end', 2, {}, 3, 0],
  ['emp_g', '城镇就业人员', '人', 'at_least', 'growth', 4, {}, 150000, 0],
  ['wage_g', '农民工工资收入', '万元', 'at_least', 'growth', 3, {}, 90000, 2],
  ['arbit', '劳动人事争议仲裁结案率', '%', 'at_least', 'every_year', 2, { binding: false }, 92, 1],
  ['insur', '失业保险参保人数', '人', 'at_least', 'end', 4, {}, 60000, 0],
  ['fund', '失业保险基金支出', '万元', 'approx', 'end', 2, { tolerance: '10%' }, 2600, 2],
  ['trans', '农村劳动力转移就业规模', '万人', 'approx', 'every_year', 3, { tolerance: '5%' }, 12, 2],
  ['posts', '公益性岗位安置', '人', 'at_least', 'sum', 4, {}, 500, 0],
  ['vets', '退役军人就业', '人', 'at_least', 'sum', 3, {}, 300, 0],
  ['disab', '残疾人就业', '人', 'at_least', 'sum', 3, {}, 200, 0],
  ['grads', '困难高校毕业生帮扶', '人', 'at_least', 'sum', 3, {}, 150, 0],
  ['cover', '基层服务平台覆盖率', '%', 'at_least', 'end', 3, {}, 96, 1],
  ['claims', '欠薪投诉', '次', 'at_most', 'sum', 3, {}, 60, 0],
].map(([id, name, unit, direction, over, weight, extra, typical, decimals]) => ({
  id,
  name,
  unit,
  direction,
  over,
  weight,
  extra,
  typical,
  decimals,
}));

// Provinces with roughly their number of county-level divisions; counties are shared out in proportion.
const PROVINCES =
  '北京市16 天津市16 河北省167 山西省117 内蒙古自治区103 辽宁省100 吉林省60 黑龙江省121 上海市16 江苏省95 浙江省90 安徽省104 福建省84 江西省100 山东省136 河南省157 湖北省103 湖南省122 广东省122 广西壮族自治区111 海南省25 重庆市38 四川省183 贵州省88 云南省129 西藏自治区74 陕西省107 甘肃省86 青海省44 宁夏回族自治区22 新疆维吾尔自治区107'
    .split(' ')
    .map((s, i) => ({
      id: `p${String(i + 1).padStart(2, '0')}`,
      name: s.replace(/\d+$/, ''),
      weight: Number(/\d+$/.exec(s)[0]),
    }));
const FIRST =
  '安宝昌长大德东丰福阜富固广贵海和河华怀黄惠吉嘉江金靖乐临灵隆龙泸洛茂梅蒙南宁平青清庆仁荣瑞沙上邵石寿双顺泰通望威文武西祥新兴永玉元云泽漳镇正';
const SECOND = '安城川丰峰冈港和河湖华化江津康口兰乐林陵宁平浦桥泉山水顺台田兴阳原远州';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const FROM = 2021;
const TO = 2025;
const YEARS = [2021, 2022, 2023, 2024, 2025];

/** Returns a seeded PRNG (mulberry32) giving floats in [0, 1). */
export function makeRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Data, not arithmetic that decides anything: floats only make up plausible figures, written as decimal text.
const fixed = (x, decimals) => Math.max(0, x).toFixed(decimals);
// Rounded towards one side, so that a figure meant to meet (or miss) a target still does once written.
const fixedToward = (x, decimals, up) =>
  fixed((up ? Math.ceil : Math.floor)(x * 10 ** decimals) / 10 ** decimals, decimals);

function makeCounties(count, random) {
  const total = PROVINCES.reduce((n, p) => n + p.weight, 0);
  let given = 0;
  const shares = PROVINCES.map((p, i) => {
    const share = i === PROVINCES.length - 1 ? count - given : Math.max(1, Math.round((count * p.weight) / total));
    given += share;
    return share;
  });
  const names = new Set();
  const counties = [];
  shares.forEach((share, p) => {
    for (let k = 0; k < share; k++) {
      let name;
      // Two characters give 9,800 names: the 10× case (28,500 counties) takes a third.
      do
        name =
          FIRST[Math.floor(random() * FIRST.length)] +
          SECOND[Math.floor(random() * SECOND.length)] +
          (count > 5000 ? SECOND[Math.floor(random() * SECOND.length)] : '') +
          '县区市旗'[Math.floor(random() * 4)];
      while (names.has(name));
      names.add(name);
      counties.push({
        id: `c${String(counties.length + 1).padStart(count > 9999 ? 5 : 4, '0')}`,
        name,
        parent: PROVINCES[p].id,
        size: 0.4 + 1.6 * random(),
      });
    }
  });
  return counties;
}

// One county × indicator: its target and its actuals by year, all on the good side of the target unless
// `miss`. The margins (2–12 %, growth ±0.8–1.8 points) are far wider than rounding to the decimals shown.
function makeFigures(ind, size, miss, random) {
  const values = {};
  if (ind.over === 'growth') {
    const rate = 3 + Math.floor(random() * 4); // 3–6 % a year
    const base = ind.typical * size * (0.9 + 0.2 * random());
    const reached = (rate + (miss ? -1 : 1) * (0.8 + random())) / 100;
    values[FROM - 1] = fixed(base, ind.decimals);
    YEARS.forEach((y, i) => {
      values[y] = fixed(base * (1 + reached) ** (i + 1), ind.decimals);
    });
    return { target: String(rate), values };
  }
  if (ind.id === 'zero') {
    // 动态清零: none left at any year's end; a miss leaves a few in the last year
    YEARS.forEach((y) => {
      values[y] = y === TO && miss ? String(1 + Math.floor(random() * 3)) : '0';
    });
    return { target: '0', values };
  }
  const rate = ind.unit === '%';
  const yearly = ind.typical * (rate ? 0.96 + 0.08 * random() : size);
  const target = fixed(ind.over === 'sum' ? yearly * YEARS.length : yearly, ind.decimals);
  const t = Number(target);
  const margin = 0.02 + 0.1 * random();
  // every_year misses in one year only; the other folds miss on their folded value.
  const badYear = ind.over === 'every_year' ? YEARS[Math.floor(random() * YEARS.length)] : undefined;
  const side = (y) => (miss && (badYear === undefined || badYear === y) ? -1 : 1);
  const shares = YEARS.map(() => 0.85 + 0.3 * random());
  const spread = shares.reduce((a, b) => a + b, 0);
  YEARS.forEach((y, i) => {
    if (ind.direction === 'approx') {
      values[y] = fixed(t * (side(y) < 0 ? 1.12 : 0.97 + 0.06 * random()), ind.decimals);
      return;
    }
    const up = (ind.direction === 'at_least') === side(y) > 0;
    const folded = ind.direction === 'at_most' ? t * (1 - side(y) * margin) : t * (1 + side(y) * margin);
    // sum spreads the total unevenly over the years; end climbs to its last year; average and every_year sit level.
    const v =
      ind.over === 'sum' ? (folded * shares[i]) / spread : ind.over === 'end' ? folded * (0.8 + 0.05 * i) : folded;
    values[y] = fixedToward(rate ? Math.min(v, 100) : v, ind.decimals, up);
  });
  return { target, values };
}

/** Returns the plan YAML and the long-CSV actuals of the national case with `count` counties. */
export function buildNational(count, seed = 2025) {
  const random = makeRandom(seed);
  const id = `national-${count}`;
  const counties = makeCounties(count, random);
  const rows = ['unit,indicator,year,value'];
  const provinceTargets = new Map(PROVINCES.map((p) => [p.id, new Map()]));
  const units = [];
  const sheet = [];
  let missedUnits = 0;
  for (const c of counties) {
    const missedIds = random() < 0.12 ? new Set([INDICATORS[Math.floor(random() * INDICATORS.length)].id]) : new Set();
    if (missedIds.size > 0) missedUnits += 1;
    const targets = [];
    for (const ind of INDICATORS) {
      const f = makeFigures(ind, c.size, missedIds.has(ind.id), random);
      targets.push(`${ind.id}: ${f.target}`);
      for (const [year, value] of Object.entries(f.values)) rows.push(`${c.id},${ind.id},${year},${value}`);
      const sums = provinceTargets.get(c.parent);
      if (ind.unit !== '%' && ind.over !== 'growth') sums.set(ind.id, (sums.get(ind.id) ?? 0) + Number(f.target));
    }
    const head = SURNAMES[Math.floor(random() * SURNAMES.length)];
    sheet.push(`${c.id},${c.name},${c.parent},${head}某,${targets.map((t) => t.slice(t.indexOf(': ') + 2)).join(',')}`);
    units.push(
      `  - id: ${c.id}\n    name: ${c.name}\n    parent: ${c.parent}\n    responsible: {head: ${head}某}\n    targets: {${targets.join(', ')}}`,
    );
  }
  // A province's additive targets are its counties' sums (so the split is never short), its actuals their roll-up;
  // its growth targets are 4 %, and it has no target for a rate (a rate does not add up).
  const provinceRows = [];
  const provinces = PROVINCES.map((p) => {
    const sums = provinceTargets.get(p.id);
    const targets = INDICATORS.filter((i) => sums.has(i.id) || i.over === 'growth').map(
      (i) => `${i.id}: ${i.over === 'growth' ? '4' : fixed(sums.get(i.id), i.decimals)}`,
    );
    const byId = new Map(targets.map((t) => t.split(': ')));
    provinceRows.push(`${p.id},${p.name},,,${INDICATORS.map((i) => byId.get(i.id) ?? '').join(',')}`);
    return `  - id: ${p.id}\n    name: ${p.name}\n    targets: {${targets.join(', ')}}`;
  });
  const sheetHeader = `单位编号,单位名称,上级单位,行政一把手,${INDICATORS.map((i) => i.id).join(',')}`;
  const head = [
    '# Generated by bench/generate.mjs: synthetic, not real figures.',
    'kaohe: 1',
    `plan:\n  id: ${id}\n  title: 全国县级就业目标责任考核(基准测试,${count} 个县)\n  period: {from: ${FROM}, to: ${TO}}`,
    'indicators:',
    ...INDICATORS.map(indicatorYaml),
  ];
  const tail = [
    'overall: binding',
    'grades:\n  levels: [一等, 二等, 三等, 四等]\n  thresholds: [90, 75, 60]',
    'rules:\n  - type: per_person\n    indicator: jobs\n    reward: 100\n    penalty: 100\n  - type: disqualify_award\n    when: overall_missed\n  - type: downgrade\n    when: overall_missed\n    steps: 1',
    `actuals: [${id}-actuals.csv]`,
    '',
  ];
  const plan = [...head, 'units:', ...provinces, ...units, ...tail].join('\n');
  // The same plan with its units and targets in a CSV targets sheet (provinces first, as in the YAML).
  const sheetPlan = [...head, `targets: ${id}-targets.csv`, ...tail].join('\n');
  return {
    id,
    plan,
    sheetPlan,
    targetsCsv: `${[sheetHeader, ...provinceRows, ...sheet].join('\n')}\n`,
    csv: `${rows.join('\n')}\n`,
    rows: rows.length - 1,
    units: PROVINCES.length + counties.length,
    missedUnits,
  };
}

function indicatorYaml(ind) {
  const extra = Object.entries(ind.extra)
    .map(([k, v]) => `\n    ${k}: ${typeof v === 'string' && v.endsWith('%') ? `'${v}'` : v}`)
    .join('');
  return `  - id: ${ind.id}\n    name: ${ind.name}\n    unit: '${ind.unit}'\n    direction: ${ind.direction}\n    weight: ${ind.weight}\n    over_period: ${ind.over}${extra}`;
}

/**
 * Returns `count` small one-year plans (20 units × 6 indicators), each with its CSV actuals: the batch benchmark's
 * input.
 */
export function buildBatch(count, seed = 7) {
  const random = makeRandom(seed);
  const six = INDICATORS.filter((i) => ['sum', 'every_year'].includes(i.over)).slice(0, 6);
  return Array.from({ length: count }, (_, n) => {
    const id = `batch-${String(n + 1).padStart(2, '0')}`;
    const counties = makeCounties(20, random);
    const rows = ['unit,indicator,value'];
    const units = counties.map((c) => {
      const targets = six.map((ind) => {
        const f = makeFigures({ ...ind, over: 'end' }, c.size, random() < 0.05, random);
        rows.push(`${c.name},${ind.id},${f.values[TO]}`);
        return `${ind.id}: ${f.target}`;
      });
      return `  - id: ${c.id}\n    name: ${c.name}\n    targets: {${targets.join(', ')}}`;
    });
    const indicators = six.map((ind) => indicatorYaml(ind).replace(/\n {4}over_period: \w+/, ''));
    const plan = [
      'kaohe: 1',
      `plan:\n  id: ${id}\n  title: 批量基准测试方案 ${n + 1}\n  period: 2020`,
      'indicators:',
      ...indicators,
      'units:',
      ...units,
      'rules:\n  - type: per_person\n    indicator: jobs\n    reward: 100\n    penalty: 100',
      `actuals: [${id}-actuals.csv]`,
      '',
    ].join('\n');
    return { id, plan, csv: `${rows.join('\n')}\n` };
  });
}

function writeCase(dir, c) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${c.id}.yaml`), c.plan);
  writeFileSync(join(dir, `${c.id}-actuals.csv`), c.csv);
  if (c.sheetPlan === undefined) return;
  writeFileSync(join(dir, `${c.id}-sheet.yaml`), c.sheetPlan);
  writeFileSync(join(dir, `${c.id}-targets.csv`), c.targetsCsv);
}

function main(argv) {
  const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const out = resolve(arg('--out', 'bench/data'));
  const scale = arg('--scale', undefined);
  const scales = scale === undefined ? ['1', '0.1'] : [scale];
  for (const s of scales) {
    if (!['10', '1', '0.1'].includes(s)) throw new Error(`--scale must be 10, 1 or 0.1 (got ${s})`);
    const c = buildNational(Math.round(2850 * Number(s)));
    writeCase(out, c);
    const mb = (text) => (Buffer.byteLength(text) / 1e6).toFixed(2);
    console.log(
      `${c.id}: ${c.units} units, ${c.rows} rows; plan ${mb(c.plan)} MB, actuals ${mb(c.csv)} MB; ${c.missedUnits} counties set to miss`,
    );
  }
  if (scale === undefined) {
    for (const c of buildBatch(50)) writeCase(join(out, 'batch'), c);
    console.log(`batch: 50 plans in ${join(out, 'batch')}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
