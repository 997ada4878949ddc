// The catalogue's texts for mistakes in an actuals file: its header, its rows, its values, its years.
import type { Texts } from './text.js';

/** Texts of the codes raised while reading actuals. */
export const ACTUALS_ERRORS = {
  ACTUALS_HEADER: {
    unknown_column: { en: 'unknown column "{text}"', zh: '未知的列 "{text}"' },
    columns: { en: 'columns: {columns}', zh: '可用的列:{columns}' },
    second_role: {
      en: 'a second "{role}" column: the first is column {column}',
      zh: '第二个"{role}"列:第一个是第 {column} 列',
    },
    second_role_hint: { en: 'keep one of the two columns', zh: '请只保留其中一列' },
    no_unit_column: { en: 'a long sheet needs a unit column (unit or 单位)', zh: '长表需要"单位"列(unit 或 单位)' },
    no_value_column: { en: 'a long sheet needs a value column (value or 数值)', zh: '长表需要"数值"列(value 或 数值)' },
    long_hint: { en: 'header: unit,indicator,value[,year][,note]', zh: '表头:单位,指标,数值[,年份][,备注]' },
    no_indicators: {
      en: 'no indicator columns: the header names no indicator of the plan',
      zh: '没有指标列:表头中没有方案的任何指标',
    },
    no_indicators_hint: {
      en: 'first column the unit, then one column per indicator (id or Chinese name)',
      zh: '第一列为单位,其后每列一个指标(id 或中文名称)',
    },
    no_header: {
      en: 'no header row: no row has two or more filled cells',
      zh: '没有表头行:没有任何一行填了两个以上的单元格',
    },
    no_header_hint: {
      en: 'header: unit,indicator,value — or the unit, then one column per indicator',
      zh: '表头:单位,指标,数值;或第一列为单位,其后每列一个指标',
    },
    no_column_header: { en: '"{text}" is in a column with no header', zh: '"{text}" 所在的列没有表头' },
    no_column_header_hint: {
      en: 'give the column an indicator name in the header row, or delete it',
      zh: '请在表头行填写该列的指标名称,或删除该列',
    },
  },
  ACTUALS_UNKNOWN_UNIT: {
    message: { en: 'unknown unit "{text}"', zh: '未知单位 "{text}"' },
    empty: { en: 'the unit is empty', zh: '单位为空' },
  },
  ACTUALS_UNKNOWN_INDICATOR: {
    message: { en: 'unknown indicator "{text}"', zh: '未知指标 "{text}"' },
  },
  ACTUALS_DUPLICATE: {
    message: {
      en: '{unit} / {indicator}{year} is given again (first at {where})',
      zh: '{unit} / {indicator}{year} 重复填报(首次在 {where})',
    },
    year: { en: ' / {year}', zh: ' / {year}年' },
    with_note: { en: '{message}{note}', zh: '{message}{note}' },
    hidden: {
      en: '; row {row} is hidden in the sheet: unhide it (Format → Hide & Unhide) to see both',
      zh: ';第 {row} 行是隐藏行:取消隐藏(格式 → 隐藏和取消隐藏)即可看到两行',
    },
    hint: { en: 'keep one value; kaohe never lets the last one win', zh: '只保留一个数值;kaohe 不会以后填的为准' },
    column: {
      en: 'a second column for {indicator}: the first is at {where}',
      zh: '{indicator} 有第二列:第一列在 {where}',
    },
    column_hint: { en: 'keep one of the two columns', zh: '请只保留其中一列' },
  },
  ACTUALS_VALUE: {
    decimal_comma: {
      en: '"{text}" in a file separated by ";" with decimal commas: \
the comma may be a decimal comma ({point}) or a thousands separator ({plain})',
      zh: '以";"分隔、用逗号作小数点的文件中的 "{text}":逗号既可能是小数点({point}),也可能是千分位({plain})',
    },
    decimal_comma_hint: {
      en: 'write the number without a thousands separator; or save the sheet as CSV with "." as the decimal point',
      zh: '请去掉千分位逗号;或将表格另存为以"."作小数点的 CSV',
    },
    message: { en: '"{text}" is not a number: {reason}', zh: '"{text}" 不是数字:{reason}' },
    hint: {
      en: 'write a number such as 12,345, 4.3% or 12.5万; leave the cell empty when there is no figure',
      zh: '请填写数字,如 12,345、4.3% 或 12.5万;没有数据时请留空',
    },
    not_a_number: { en: '"{text}" is not a number', zh: '"{text}" 不是数字' },
    stored_range: {
      en: '{text} is beyond the range of any value a spreadsheet holds',
      zh: '{text} 超出电子表格数值的范围',
    },
    exponent: {
      en: 'exponent notation (1e5) is not accepted: write the number out in full',
      zh: '不接受科学计数法(如 1e5):请写出完整数字',
    },
    separators: {
      en: 'thousands separators must group three digits (12,345); a comma is not a decimal point (write 4.3, not 4,3)',
      zh: '千分位逗号须每三位一组(如 12,345);逗号不能作小数点(应写 4.3 而非 4,3)',
    },
    point: { en: 'a decimal point must be followed by digits', zh: '小数点后须有数字' },
    trailing: { en: 'unexpected text "{rest}" after the number', zh: '数字后有多余文字 "{rest}"' },
    not_decimal: { en: 'not a decimal number', zh: '不是十进制数字' },
    digits: { en: 'a value has at most {max} digits', zh: '数值最多 {max} 位数字' },
    date: { en: '{text} is a date, not a number', zh: '{text} 是日期,不是数字' },
    boolean: { en: '{text} is a TRUE/FALSE value, not a number', zh: '{text} 是逻辑值,不是数字' },
    typed_hint: {
      en: 'format the cell as a number (常规 or 数值) and type the figure again',
      zh: '请把单元格格式设为"常规"或"数值"后重新输入数字',
    },
    cell_error: { en: 'the cell holds the error {error}', zh: '单元格中是错误值 {error}' },
    cell_error_hint: { en: 'fix the formula or type the figure', zh: '请修正公式或直接填写数字' },
  },
  ACTUALS_UNIT_MISMATCH: {
    unit_row: {
      en: 'the header says {header}, the row of units says {row}',
      zh: '表头写的是{header},计量单位行写的是{row}',
    },
    message: {
      en: "a value in {written} cannot be converted to {unit}, the indicator's unit of measure",
      zh: '以{written}计的数值不能换算为该指标的计量单位{unit}',
    },
    unknown: { en: 'unknown unit of measure "{unit}"', zh: '未知的计量单位 "{unit}"' },
    percent: { en: 'a percentage cannot be a value in {unit}', zh: '以{unit}计的指标不能填百分数' },
    wan_percent: { en: 'a 万 suffix cannot apply to a percentage', zh: '百分数不能带"万"字' },
    shown: {
      en: 'the cell shows "{text}{shown}" but the column is in {unit}: kaohe cannot tell which the figure is in',
      zh: '单元格显示为 "{text}{shown}",而该列以{unit}计:无法判断该数值的单位',
    },
    shown_hint: {
      en: 'set the cell format to 常规 (General) and type the figure in {unit}',
      zh: '请把单元格格式设为"常规",并以{unit}填写数值',
    },
    hint: { en: '{name} is counted in {unit}', zh: '{name}的计量单位是{unit}' },
  },
  ACTUALS_YEAR: {
    message: { en: '"{text}" is not a year', zh: '"{text}" 不是年份' },
    hint: { en: 'a year is a whole number such as 2010', zh: '年份应为整数,如 2010' },
    needed: { en: 'the plan runs {span}: this value needs its year', zh: '方案考核期为 {span} 年:此数值需要注明年份' },
    needed_hint: { en: 'add a year column (year or 年份)', zh: '请添加年份列(year 或 年份)' },
    outside: {
      en: "{year} is outside the plan's period {span}{base}",
      zh: '{year} 年不在方案考核期 {span} 年内{base}',
    },
    growth_base: { en: ' (or {year}, the growth base)', zh: '(或增长基期 {year} 年)' },
    outside_hint: {
      en: 'check the year, or score these actuals with the plan of that year',
      zh: '请核对年份,或用该年度的方案计算这些数据',
    },
  },
  ACTUALS_IMPLAUSIBLE: {
    message: { en: '{value} is almost surely a slip', zh: '{value} 几乎可以肯定是填写错误' },
    points_over: {
      en: '{value} points given for {indicator}, an item worth at most {cap}: no team gives more than that',
      zh: '{indicator} 给出 {value} 分,但该项最多 {cap} 分:考核组评分不能超过该项分值',
    },
    points_over_hint: {
      en: 'check the figure (3.5 typed as 35?); if the team scores on another scale, give the item that cap (cap: …)',
      zh: '请核对该数(是否把 3.5 填成了 35?);如考核组按另一分制评分,请为该项设置相应的 cap',
    },
    ratio_high: {
      en: '{value} {unit} is 100 times the target {target} {unit} or more: almost surely a slip',
      zh: '{value}{unit} 达到目标 {target}{unit} 的 100 倍以上:几乎可以肯定是填写错误',
    },
    ratio_low: {
      en: '{value} {unit} is a hundredth of the target {target} {unit} or less: almost surely a slip',
      zh: '{value}{unit} 不足目标 {target}{unit} 的百分之一:几乎可以肯定是填写错误',
    },
    ratio_hint: {
      en: 'check the unit of measure (人 or 万人, 元 or 万元); if {value} {unit} is right, run again with --accept-outliers',
      zh: '请检查计量单位(人还是万人、元还是万元);如 {value}{unit} 确实无误,请加 --accept-outliers 重新运行',
    },
    fraction_for_percent: {
      en: 'a rate of {value}% where the target is {target}%: a fraction typed for a percentage?',
      zh: '比率 {value}%,而目标为 {target}%:是否把百分数填成了小数?',
    },
    did_you_mean: {
      en: 'did you mean {meant}? if {value}% is right, run again with --accept-outliers',
      zh: '是否应为 {meant}?如 {value}% 确实无误,请加 --accept-outliers 重新运行',
    },
    rate: { en: 'a rate of {value}% is not between 0 and 100', zh: '比率 {value}% 不在 0 到 100 之间' },
    rate_hint: { en: 'type the rate in percent, like 4.35', zh: '请以百分数填写比率,如 4.35' },
    negative: { en: '{value} {unit} is negative', zh: '{value}{unit} 是负数' },
    negative_hint: { en: 'a count or an amount is never negative', zh: '人数、户数、金额都不能为负' },
    fraction: {
      en: '{value} {unit} is not a whole count ({count})',
      zh: '{value}{unit} 不是整数({count})',
    },
    fraction_hint: {
      en: 'a cell may show a rounded figure (6184) and hold another (6183.567): type the whole number of {unit}',
      zh: '单元格可能显示取整后的数(6184)而实际存的是另一个数(6183.567):请填写整数的{unit}',
    },
    digits: {
      en: '{value} has more than {limit} significant digits',
      zh: '{value} 的有效数字超过 {limit} 位',
    },
    digits_hint: { en: 'type the figure as the statistics report gives it', zh: '请按统计报表填写数值' },
    target_at: { en: '{message} (the target at {at})', zh: '{message}(目标值在 {at})' },
    zero_denominator: {
      en: '{denominator} is 0, so {rate} (= {numerator} ÷ {denominator} × 100) cannot be worked out',
      zh: '{denominator}为 0,无法计算{rate}(= {numerator} ÷ {denominator} × 100)',
    },
    zero_denominator_hint: {
      en: 'type the {denominator} of {unit} (the rate is read from it and {numerator} at {at})',
      zh: '请填写{unit}的{denominator}(比率由它与 {at} 处的{numerator}计算)',
    },
    computed_rate: {
      en: '{rate} = {num} ÷ {den} × 100 = {value}%, above 100: is {denominator} {den} typed 100 times too small?',
      zh: '{rate} = {num} ÷ {den} × 100 = {value}%,超过 100:{denominator} {den} 是否少填了两位(小了 100 倍)?',
    },
    computed_rate_hint: {
      en: 'check {denominator} here and {numerator} at {at}: a share of a population is at most 100%',
      zh: '请核对此处的{denominator}与 {at} 处的{numerator}:占人口的比率不会超过 100%',
    },
  },
  ACTUALS_NO_TARGET: {
    message: {
      en: '{unit} has no target for {indicator}: its figure {value} is read but not scored',
      zh: '{unit}没有「{indicator}」的目标:所填数值 {value} 不参与考核',
    },
    hint: {
      en: 'give the unit a target for it (in the plan or its targets sheet), or leave the cell empty',
      zh: '请在方案或目标分解表中为该单位设定此项目标,或将该单元格留空',
    },
  },
  ACTUALS_MERGED: {
    message: {
      en: 'the merged cells {range} span the values of more than one unit or indicator',
      zh: '合并单元格 {range} 跨越了多个单位或指标的数值',
    },
    hint: {
      en: "unmerge the cells (Merge & Center off) and type each unit's and indicator's own figure",
      zh: '请取消合并单元格,为每个单位、每个指标分别填写数值',
    },
  },
  ACTUALS_FORMULA: {
    message: { en: 'the formula ={formula} was saved without its result', zh: '公式 ={formula} 保存时没有计算结果' },
    hint: {
      // A backslash at a line's end continues the text.
      en: 'open the file in Excel or WPS and save it: they store each formula\'s result, which kaohe reads; \
a formula that gives an empty text ("") should be an empty cell instead',
      zh: '请用 Excel 或 WPS 打开该文件并保存:保存时会写入公式结果,kaohe 读取该结果;结果为空文本("")的公式请改为空单元格',
    },
  },
  ACTUALS_SHEET: {
    no_sheet: { en: 'the workbook has no sheet', zh: '工作簿中没有工作表' },
    unknown: { en: 'no sheet named "{sheet}"', zh: '没有名为 "{sheet}" 的工作表' },
    hint: { en: '{near}sheets: {sheets}', zh: '{near}工作表:{sheets}' },
    near: { en: 'did you mean {name}? ', zh: '是否应为 {name}?' },
  },
} as const satisfies Readonly<Record<string, Texts>>;
