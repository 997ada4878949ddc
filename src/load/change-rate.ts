// A rate of change (增长率, 增速, 增幅, 下降率…) is not a share of a population: a fund that shrank is −2%, one that
// doubled +100%, a slow year's growth 1% against a target of 8%. The plausibility checks that catch a slip in a
// share (a rate over 100 or below 0, a fraction typed for a percentage, a figure 100 times its target) do not
// apply to it; the checks on digits do.

/** The words by which an indicator's name says it is a rate of change, in Chinese and English. */
const CHANGE_WORDS =
  /增长率|增速|增幅|增长|降幅|下降率|降低率|变化率|变动率|同比|环比|growth|change|increase|decrease/i;

/**
 * Returns true when an indicator is a rate of change, not a share: `over_period: growth` (a growth rate worked out
 * from the years' levels), or a % indicator whose name says so (就业资金投入增长率, 服务业增加值增速).
 */
export function isChangeRate(indicator: { name: string; unit: string; overPeriod?: string }): boolean {
  return indicator.overPeriod === 'growth' || (indicator.unit === '%' && CHANGE_WORDS.test(indicator.name));
}
