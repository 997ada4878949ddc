// The city plan's 2010 actuals (plans/city-2010-actuals.csv) as the wide sheets of the handed inputs give them.

/** The city plan's indicator ids, in the order of its wide sheets' columns. */
export const CITY_INDICATORS = [
  'urban_new_jobs',
  'reemployed_laid_off',
  'hard_to_employ_jobs',
  'rural_labour_transfer',
  'unemployment_rate',
] as const;

// Each unit's figures from plans/city-2010-actuals.csv, the rates to one decimal as a wide sheet shows them.
const ROWS = [
  ['chengguan', 6184, 2563, 812, 3105, '4.3'],
  ['dongcheng', 5388, 2150, 671, 2530, '4.4'],
  ['xicheng', 4873, 1935, 600, 2288, '4.1'],
  ['nanhu', 4125, 1512, 538, 3620, '4.2'],
  ['beishan', 3046, 1024, 357, 8150, '4'],
  ['qinghe', 2476, 915, 306, 7212, '4.4'],
  ['shiqiao', 2199, 812, 243, 6875, '4.3'],
  ['liulin', 1800, 618, 205, 6042, '4.5'],
] as const;

/** Returns the city's values as sorted `unit indicator year value` lines (year `-` when the sheet gives none). */
export function cityValues(year = '-'): string[] {
  return ROWS.flatMap(([unit, ...values]) => values.map((v, i) => `${unit} ${CITY_INDICATORS[i]} ${year} ${v}`)).sort();
}
