// The catalogue's labels of the cohort phase's reports: ranks, quotas, prizes, 末位 and history (issue 12).
import type { Texts } from './text.js';

/** The cohort reports' labels, by id. */
export const COHORT_LABELS = {
  'cohort.rank.title': { en: 'Ranking (排名): {group}', zh: '排名:{group}' },
  'cohort.rank.all': { en: 'all units', zh: '全部单位' },
  'cohort.html.ranking': { en: 'Ranking (排名) and quotas', zh: '排名与等次名额' },
  'cohort.xlsx.sheet': { en: 'Ranking', zh: '排名' },
  'cohort.col.rank': { en: 'rank', zh: '名次' },
  'cohort.col.grade': { en: 'grade', zh: '等次' },
  'cohort.col.prize': { en: 'prize', zh: '奖项' },
  'cohort.col.last_place': { en: 'last (末位)', zh: '末位' },
  'cohort.col.tie_break': { en: 'tie-break', zh: '同分比较' },
  'cohort.tie.text': { en: '{indicator} {value} vs {other} ({unit})', zh: '{indicator} {value} 对 {other}({unit})' },
  'cohort.tie.shared': { en: 'equal', zh: '并列' },
  // What a tie-break compares (its `by`), worded in the report's language.
  'cohort.tie_by.actual': { en: 'actual', zh: '实绩' },
  'cohort.tie_by.surplus': { en: 'surplus', zh: '超额' },
  'cohort.tie_by.score': { en: 'score', zh: '得分' },
  'cohort.tie_by.subtotal': { en: 'subtotal', zh: '小计' },
  'cohort.graded.title': { en: 'Graded list', zh: '等次名单' },
  'cohort.quota.moves': { en: 'Grades changed by a quota', zh: '等次调整' },
  'cohort.graded.line': { en: '{level} ({n}): {units}', zh: '{level}({n}个):{units}' },
  'cohort.quota.line': {
    en: 'quota {level}{scope}: {arithmetic}; {candidates} reached it, {granted} given it (edge: {edge})',
    zh: '{level}名额{scope}:{arithmetic};达到 {candidates} 个,评定 {granted} 个(边界并列:{edge})',
  },
  'cohort.quota.share': {
    en: '{share}% × {units} = {exact} → {places} ({rounding})',
    zh: '{share}% × {units} = {exact} → {places}({rounding})',
  },
  'cohort.quota.count': { en: '{places} of {units} units', zh: '{units} 个单位中 {places} 个' },
  'cohort.rounding.down': { en: 'rounded down', zh: '去尾' },
  'cohort.rounding.half_up': { en: 'rounded half-up', zh: '四舍五入' },
  'cohort.rounding.up': { en: 'rounded up', zh: '进一' },
  'cohort.edge.all_in': { en: 'all in', zh: '全部入选' },
  'cohort.edge.all_out': { en: 'all out', zh: '全部不入选' },
  'cohort.reason.within': { en: 'within the quota', zh: '在名额内' },
  'cohort.reason.over': { en: 'over the quota', zh: '超出名额' },
  'cohort.reason.gate': { en: 'did not pass the gate', zh: '未过门槛' },
  'cohort.reason.edge_in': { en: 'tied at the edge, all in', zh: '边界并列,全部入选' },
  'cohort.reason.edge_out': { en: 'tied at the edge, all out', zh: '边界并列,全部不入选' },
  'cohort.prizes.total': { en: 'prizes in all: {yuan} yuan', zh: '奖金合计 {yuan} 元' },
  'cohort.prize.line': { en: '{name} ({group}): {awards}', zh: '{name}({group}):{awards}' },
  'cohort.prize.award': { en: '{unit} place {place}{yuan}', zh: '{unit} 第{place}名{yuan}' },
  'cohort.prize.yuan': { en: ' {yuan} yuan', zh: ' {yuan} 元' },
  'cohort.prize.none': { en: 'no unit passed the gate', zh: '无单位通过门槛' },
  'cohort.prize.passed_over': {
    en: 'passed over (ranked above a winner, did not pass the gate {gate}): {units}',
    zh: '顺延(排名在前但未过门槛 {gate}):{units}',
  },
  'cohort.gate.overall_met': { en: 'overall target met', zh: '完成总体目标任务' },
  'cohort.gate.award_eligible': { en: 'award eligible', zh: '具备评先资格' },
  'cohort.last.line': { en: '末位 ({group}): {units}', zh: '末位({group}):{units}' },
  'cohort.last.all_met': { en: 'every unit met its target: no 末位', zh: '全部完成目标任务,不评末位' },
  'cohort.aside.title': {
    en: 'Not ranked — total incomplete (--allow-missing): {units}',
    zh: '总分残缺、不参加排名(--allow-missing):{units}',
  },
  'cohort.aside.unit': { en: '{unit} (no actual: {items})', zh: '{unit}(缺:{items})' },
  'cohort.aside.hold': {
    en:
      "  they take no rank, quota place, prize or 末位 and no grade; their groups' prizes and 末位 are held, " +
      'and the quota places they could take pending (ranking.incomplete: hold)',
    zh: '  上述单位不排名、不占名额、不评奖、不评末位、不评等次;其所在组的奖项和末位待定,其可能占用的名额待定(ranking.incomplete: hold)',
  },
  'cohort.aside.rank_rest': {
    en:
      '  they take no rank, quota place, prize or 末位 and no grade; ' +
      'the other units are ranked and awarded without them (ranking.incomplete: rank_rest)',
    zh: '  上述单位不排名、不占名额、不评奖、不评末位、不评等次;其余单位不计上述单位依次排名、评奖(ranking.incomplete: rank_rest)',
  },
  'cohort.prize.held': {
    en: 'held: nothing awarded until the figures of {units} are in',
    zh: '待定:{units}数据齐全前不颁发',
  },
  'cohort.last.held': {
    en: 'held: not named until the figures of {units} are in',
    zh: '待定:{units}数据齐全前不评定',
  },
  'cohort.quota.held': {
    en: '; {held} held until the units set aside are scored',
    zh: ';{held} 个待定(待总分残缺的单位补齐数据)',
  },
  'cohort.quota.held_count': { en: '{held} held', zh: '{held} 个待定' },
  'cohort.reason.held': { en: 'held: pending units set aside', zh: '待定' },
  'cohort.consequence.held': {
    en: 'grade pending: the {level} quota waits for units with a partial total',
    zh: '等次待定:{level}名额待总分残缺的单位补齐数据后确定',
  },
  'cohort.previous.line': { en: "last year's result: {path} (sha256 {sha})", zh: '上年结果:{path}(sha256 {sha})' },
  'cohort.consequence.prize': { en: '{name} place {place}{yuan}', zh: '获{name}第{place}名{yuan}' },
  'cohort.consequence.last_place': { en: '末位 of {group}', zh: '{group}末位' },
  'cohort.consequence.kept_out': { en: 'kept out of {level} ({reason}): {to}', zh: '未评{level}({reason}),评为{to}' },
  'cohort.csv.unit_group': { en: 'unit_group', zh: '单位组' },
  'cohort.csv.rank': { en: 'rank', zh: '名次' },
  'cohort.csv.prize_yuan': { en: 'prize_yuan', zh: '奖金(元)' },
  'cohort.csv.last_place': { en: 'last_place', zh: '末位' },
  'cohort.csv.consequences': { en: 'consequences', zh: '结果运用' },
  'cohort.history.none': { en: 'no result last year', zh: '上年无结果' },
  'cohort.history.grade': { en: 'last year {grade}', zh: '上年{grade}' },
  'cohort.explain.rank': {
    en: 'rank {position} of {of} in {group} by total {score}{tie}',
    zh: '{group}内按总分 {score} 排第 {position} 名(共 {of} 个){tie}',
  },
  'cohort.explain.tie': {
    en: '; equal total with {other}, separated by {indicator} ({by}) {value} vs {other_value}',
    zh: ';与{other}总分相同,按{indicator}({by}){value} 对 {other_value} 分出先后',
  },
  'cohort.explain.tie_shared': {
    en: '; equal with another unit in total and every tie-break: the rank is shared',
    zh: ';与其他单位总分及全部同分条件相同,名次并列',
  },
  'cohort.explain.quota': {
    en:
      'quota {level}: {arithmetic}; {candidates} units reached {level}, {granted} given it; ' +
      'this unit {reason} → {to}',
    zh: '{level}名额:{arithmetic};达到{level}的 {candidates} 个,评定 {granted} 个;本单位{reason} → {to}',
  },
  'cohort.explain.reason.within': { en: 'within the places', zh: '在名额内' },
  'cohort.explain.reason.over': {
    en: 'over the quota: units ranked ahead took the places',
    zh: '超出名额:名额已由排名在前的单位占满',
  },
  'cohort.explain.reason.gate': { en: 'did not pass the gate', zh: '未过门槛' },
  'cohort.explain.reason.edge_in': {
    en: 'equal with the unit at the last place after every tie-break: all in',
    zh: '与最后一个名额的单位比较全部同分条件后仍相同:全部入选',
  },
  'cohort.explain.reason.edge_out': {
    en: 'equal with the unit at the last place after every tie-break: all out',
    zh: '与最后一个名额的单位比较全部同分条件后仍相同:全部不入选',
  },
  'cohort.explain.reason.held': {
    en: 'within the places, but a unit set aside with a partial total could take one: held, no grade yet',
    zh: '在名额内,但总分残缺的单位可能占用名额:待定,暂不评定等次',
  },
  'cohort.explain.aside': {
    en:
      'not ranked in {group}: its total {score} is incomplete (no actual for {items}), so it takes no rank, quota ' +
      'place, prize or 末位, and no grade is read from it',
    zh: '不参加{group}排名:总分 {score} 残缺(缺 {items} 的实际数据),不排名、不占名额、不评奖、不评末位,不据此评等次',
  },
  'cohort.explain.prize_held': {
    en: '{name}: held — a unit of the group has a partial total ({units}); nothing is awarded yet',
    zh: '{name}:待定——本组有总分残缺的单位({units}),暂不颁发',
  },
  'cohort.explain.last_held': {
    en: '末位: held — a unit of {group} has a partial total ({units})',
    zh: '末位:待定——{group}有总分残缺的单位({units})',
  },
  'cohort.explain.prize': {
    en: '{name}: place {place} among the units passing the gate → {yuan} yuan',
    zh: '{name}:通过门槛的单位中第 {place} 名 → {yuan} 元',
  },
  'cohort.explain.prize_passed': {
    en: '{name}: none — ranked ahead of a winner but did not pass the gate ({gate}); its place passed on',
    zh: '{name}:无——排名在获奖单位之前,但未过门槛({gate}),名次顺延',
  },
  'cohort.explain.prize_none': {
    en: '{name}: none — beyond the {places} places',
    zh: '{name}:无——在 {places} 个名次之外',
  },
  'cohort.explain.last_all_met': {
    en: '末位: none — every unit of {group} met its target',
    zh: '末位:无——{group}全部完成目标任务',
  },
  'cohort.explain.last_yes': {
    en: '末位 of {group}: ranked last ({position} of {of}) and not every unit met',
    zh: '{group}末位:排名最后(第 {position} 名,共 {of} 个),且并非全部完成目标任务',
  },
  'cohort.explain.last_no': { en: '末位: no', zh: '末位:否' },
  'cohort.explain.history': { en: 'last year: {grade}', zh: '上年等次:{grade}' },
  'cohort.explain.history_none': {
    en: 'last year: no result for this unit (no history: conditions on last year do not hold)',
    zh: '上年:无本单位结果(无历史,按上年等次的条件不成立)',
  },
  'cohort.explain.consequence': { en: 'applies: {action}', zh: '结果运用:{action}' },
  'cohort.explain.qualified': {
    en: 'level qualified for: {level} ({how}), before the grade quotas',
    zh: '达到等次:{level}({how}),待等次名额确定',
  },
  'cohort.explain.how_kept': { en: 'no downgrade', zh: '不降等' },
  'cohort.explain.how_floor': { en: 'already the lowest level', zh: '已是最低等次' },
  'cohort.explain.how_down': { en: '{base} down {steps}', zh: '{base} 降 {steps} 等' },
  'cohort.explain.decision': {
    en: 'the {level} quota of {places} (rank {rank}): {reason} → {to}',
    zh: '{level}名额 {places} 个(排第 {rank} 名):{reason} → {to}',
  },
  'cohort.explain.final': {
    en: 'final grade: {final} — scored {score}, qualified for {qualified}; {decisions}',
    zh: '最终等次:{final}——得分 {score},达到{qualified};{decisions}',
  },
} as const satisfies Texts;
