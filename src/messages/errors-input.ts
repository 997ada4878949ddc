// The catalogue's texts for mistakes in reading a file: its bytes, its YAML, its shape against a schema.
// Each key is an error code; under it, the code's texts by name (`message`, `hint`, or a named variant).
import type { Texts } from './text.js';

/** Texts of the codes raised while reading a file's bytes and YAML, and checking it against a schema. */
export const INPUT_ERRORS = {
  FILE_NOT_FOUND: {
    message: { en: 'no such file: {path}', zh: '文件不存在:{path}' },
    hint: { en: 'check the path and the current directory', zh: '请检查路径和当前目录' },
    no_plans: { en: 'no plan files in {path}', zh: '{path} 中没有方案文件' },
    no_plans_hint: {
      en: 'plans are .yaml files with plan:, indicators: and units:',
      zh: '方案是含有 plan:、indicators: 和 units: 的 .yaml 文件',
    },
  },
  FILE_IS_DIRECTORY: {
    message: { en: '{path} is a directory, not a file', zh: '{path} 是目录,不是文件' },
    hint: { en: 'name a file inside it', zh: '请指定目录中的文件' },
  },
  FILE_UNREADABLE: {
    message: { en: 'cannot read {path} ({reason})', zh: '无法读取 {path}({reason})' },
    hint: { en: 'check the file permissions', zh: '请检查文件权限' },
  },
  FILE_NOT_REGULAR: {
    message: {
      en: '{path} is not a regular file (a device, FIFO or socket)',
      zh: '{path} 不是普通文件(是设备、管道或套接字)',
    },
    hint: { en: 'save the data to a file and name that file', zh: '请先将数据保存为文件,再指定该文件' },
  },
  FILE_TOO_LARGE: {
    message: { en: '{path} is larger than {size}', zh: '{path} 超过 {size}' },
    hint: {
      en: 'an actuals sheet or plan is kilobytes: check that this is the file you meant',
      zh: '实际数据表或方案文件通常只有几 KB:请确认文件是否选对',
    },
  },
  FILE_EMPTY: {
    message: { en: 'the file is empty', zh: '文件为空' },
    hint: { en: 'run kaohe init for a starter plan', zh: '可运行 kaohe init 生成示例方案' },
    white_space: { en: 'the file holds only white space', zh: '文件只有空白字符' },
    no_data: { en: 'the file holds no data', zh: '文件中没有数据' },
    no_data_hint: {
      en: 'run kaohe template PLAN for a sheet to fill in',
      zh: '可运行 kaohe template 方案文件 生成填报表',
    },
  },
  FILE_BINARY: {
    message: { en: 'this is a binary file, not a YAML text file', zh: '这是二进制文件,不是 YAML 文本文件' },
    hint: {
      en: 'plans are YAML text; actuals can be .csv, .yaml or .xlsx',
      zh: '方案为 YAML 文本;实际数据可为 .csv、.yaml 或 .xlsx',
    },
    csv: { en: 'this is a binary file, not a text (CSV) file', zh: '这是二进制文件,不是文本(CSV)文件' },
    csv_hint: {
      en: 'an Excel workbook must be named .xlsx; an old .xls or .et file must be saved as .xlsx or CSV first',
      zh: 'Excel 工作簿应以 .xlsx 为扩展名;旧的 .xls 或 .et 文件请先另存为 .xlsx 或 CSV',
    },
  },
  FILE_ENCODING: {
    mixed: {
      en: 'line {line} is not UTF-8 (it looks like GBK) while {lines} other lines are UTF-8{others}',
      zh: '第 {line} 行不是 UTF-8 编码(像是 GBK),而其他 {lines} 行是 UTF-8{others}',
    },
    mixed_other: { en: ' (and {count} more line)', zh: '(另有 {count} 行)' },
    mixed_others: { en: ' (and {count} more lines)', zh: '(另有 {count} 行)' },
    mixed_hint: {
      en: 'retype the text of this line (it was probably pasted from a GBK file), then save the file as "CSV UTF-8"',
      zh: '请重新输入此行的文字(可能是从 GBK 文件粘贴来的),再将文件另存为"CSV UTF-8"',
    },
    message: { en: 'the file is not valid UTF-8', zh: '文件不是有效的 UTF-8 编码' },
    yaml_hint: {
      en: 'save the YAML file as UTF-8 (in WPS/Notepad: Save As → Encoding → UTF-8)',
      zh: '请将 YAML 文件另存为 UTF-8 编码(记事本/WPS:另存为 → 编码 → UTF-8)',
    },
    csv_hint: {
      en: 'leave out --encoding to let kaohe detect GB18030, or save the file as "CSV UTF-8"',
      zh: '去掉 --encoding 让 kaohe 自动识别 GB18030,或将文件另存为"CSV UTF-8"',
    },
    unknown: { en: 'unknown encoding "{encoding}"', zh: '未知的编码 "{encoding}"' },
    unknown_hint: { en: 'use utf8, gb18030 or gbk', zh: '可用 utf8、gb18030 或 gbk' },
  },
  FILE_FORMAT: {
    message: { en: 'kaohe cannot read {kind} as actuals', zh: 'kaohe 不能将{kind}作为实际数据读取' },
    no_extension: { en: 'a file without an extension', zh: '没有扩展名的文件' },
    extension: { en: '".{ext}" files', zh: '".{ext}" 格式的文件' },
    old_hint: {
      // A backslash at a line's end continues the text.
      en: 'save it as .xlsx first — WPS Spreadsheets: File → Save As → file type "Microsoft Excel File (*.xlsx)" \
→ Save; Excel: File → Save As → Save as type "Excel Workbook (*.xlsx)" → Save; \
LibreOffice Calc: File → Save As → File type "Excel 2007-365 (.xlsx)" → Save → Use Excel 2007-365!',
      zh: '请先另存为 .xlsx —— WPS 表格:文件 → 另存为 → 文件类型选"Microsoft Excel 文件(*.xlsx)"→ 保存;\
Excel:文件 → 另存为 → 保存类型选"Excel 工作簿(*.xlsx)"→ 保存;\
LibreOffice Calc:文件 → 另存为 → 文件类型选"Excel 2007-365 (.xlsx)"→ 保存 → 使用 Excel 2007-365!',
    },
    old_format: {
      en: '{format} files are not read: kaohe reads .xlsx, CSV and YAML',
      zh: '不能读取{format}文件:kaohe 读取 .xlsx、CSV 和 YAML',
    },
    xls: { en: 'Excel 97–2003 (.xls) or WPS (.et)', zh: ' Excel 97–2003(.xls)或 WPS(.et)' },
    ods: { en: 'OpenDocument (.ods)', zh: ' OpenDocument(.ods)' },
    hint: {
      en: 'actuals are .csv, .tsv, .txt, .xlsx, .yaml or .yml files',
      zh: '实际数据文件应为 .csv、.tsv、.txt、.xlsx、.yaml 或 .yml',
    },
    xlsx: { en: 'not an .xlsx workbook that can be read ({detail})', zh: '不是可读取的 .xlsx 工作簿({detail})' },
    xlsx_hint: { en: 'open it in Excel or WPS and save it as .xlsx', zh: '请用 Excel 或 WPS 打开并另存为 .xlsx' },
    not_zip: {
      en: 'not an .xlsx workbook: the file is not a zip package',
      zh: '不是 .xlsx 工作簿:文件不是 zip 压缩包',
    },
    no_workbook: {
      en: 'not an .xlsx workbook: the package holds no workbook part',
      zh: '不是 .xlsx 工作簿:压缩包中没有工作簿部分',
    },
    bad_part: {
      en: 'the workbook part {part} is damaged (not well-formed XML)',
      zh: '工作簿中的 {part} 已损坏(不是格式正确的 XML)',
    },
    too_big: {
      en: 'the workbook unzips to {size} MB, more than the {limit} MB kaohe reads',
      zh: '工作簿解压后为 {size} MB,超过 kaohe 可读取的 {limit} MB',
    },
    too_big_hint: {
      en: 'a sheet of actuals is a few MB: save only the sheet with the figures, or save it as CSV',
      zh: '实际数据表通常只有几 MB:请只保存含数据的工作表,或另存为 CSV',
    },
    too_many_cells: {
      en: 'the sheet holds more than {limit} filled cells',
      zh: '工作表中填写的单元格超过 {limit} 个',
    },
    too_wide: {
      en: "the sheet's rows reach as far as {cell}: more than {limit} cells to read, most of them empty",
      zh: '工作表的行延伸到 {cell}:需读取的单元格超过 {limit} 个,其中大多为空',
    },
    too_wide_hint: {
      en: 'delete the stray cells far to the right (Ctrl+End goes to {cell}), or save only the figures as CSV',
      zh: '请删除右侧远处的零散单元格(按 Ctrl+End 可跳到 {cell}),或只把数据另存为 CSV',
    },
    too_many_merged: {
      en: "the sheet's merged ranges cover more than {limit} cells",
      zh: '工作表中合并区域覆盖的单元格超过 {limit} 个',
    },
    too_many_merged_hint: {
      en: 'unmerge the cells (Home → Merge & Center) and save again, or save the figures as CSV',
      zh: '请取消合并单元格(开始 → 合并后居中)后重新保存,或把数据另存为 CSV',
    },
  },
  YAML_SYNTAX: {
    depth: { en: 'YAML syntax error: nested more than {depth} levels deep', zh: 'YAML 语法错误:嵌套超过 {depth} 层' },
    depth_hint: { en: 'a plan or actuals file needs only a few levels', zh: '方案或实际数据文件只需几层嵌套' },
    no_anchor: {
      en: 'YAML syntax error: alias *{name} has no anchor &{name} before it',
      zh: 'YAML 语法错误:别名 *{name} 之前没有锚点 &{name}',
    },
    no_anchor_hint: {
      en: 'define the anchor (&name) before the alias (*name) that uses it, or write the value out',
      zh: '请在使用别名(*名称)之前定义锚点(&名称),或直接写出数值',
    },
    merge: {
      en: 'YAML syntax error: a merge key << takes a map or a list of maps (<<: *county)',
      zh: 'YAML 语法错误:合并键 << 的值必须是映射或映射的列表(如 <<: *county)',
    },
    merge_hint: {
      en: 'point << at an anchored map (&county {…}), or write the keys out',
      zh: '请让 << 指向带锚点的映射(&county {…}),或直接写出各键',
    },
    message: { en: 'YAML syntax error: {detail}', zh: 'YAML 语法错误:{detail}' },
    known: { en: 'YAML syntax error: {problem} ({detail})', zh: 'YAML 语法错误:{problem}({detail})' },
    hint: {
      en: 'check indentation, colons and quotes on this line and the one before',
      zh: '检查本行和上一行的缩进、冒号和引号',
    },
    BAD_INDENT: { en: 'bad indentation', zh: '缩进错误' },
    MISSING_CHAR: { en: 'a character is missing', zh: '缺少字符' },
    MULTIPLE_DOCS: { en: 'more than one YAML document', zh: '包含多个 YAML 文档' },
    RESOURCE_EXHAUSTION: { en: 'nested too deeply to read', zh: '嵌套过深,无法读取' },
    deep_hint: {
      en: 'a plan nests a few levels deep; this file nests far deeper: is it the file you meant?',
      zh: '考核方案只嵌套几层;此文件嵌套极深,请确认文件是否选对',
    },
  },
  JSON_SYNTAX: {
    message: {
      en: 'JSON syntax error: the text stops making sense here (a bracket, brace, comma or quote missing or extra)',
      zh: 'JSON 语法错误:读到此处无法继续(缺少或多出了括号、花括号、逗号或引号)',
    },
    hint: {
      en: 'check the brackets, commas and quotes here and before; a result is what `kaohe score --format json` wrote',
      zh: '请检查此处及之前的括号、逗号和引号;结果文件应为 `kaohe score --format json` 的原样输出',
    },
  },
  YAML_DUPLICATE_KEY: {
    message: {
      en: 'duplicate key: a key may appear only once in a mapping',
      zh: '键重复:同一映射中一个键只能出现一次',
    },
    hint: {
      en: 'remove or rename one of the two entries; kaohe never lets the last one win',
      zh: '删除或改名其中一项;kaohe 不会以后一项为准',
    },
  },
  YAML_ALIAS_LIMIT: {
    values: {
      en: 'too many alias expansions (more than {budget} values through aliases): the file expands far beyond its size',
      zh: '别名展开次数过多(经别名引用的值超过 {budget} 个):文件展开后远大于其本身',
    },
    message: {
      en: 'too many alias expansions (more than {limit}): the file expands far beyond its size',
      zh: '别名展开次数过多(超过 {limit} 次):文件展开后远大于其本身',
    },
    hint: {
      en: 'write the values out instead of nesting aliases (&anchor / *alias)',
      zh: '请直接写出数值,不要层层嵌套别名(&锚点 / *别名)',
    },
  },
  YAML_NUMBER: {
    nan: { en: '{text} (not a number) is not a value', zh: '{text}(非数字)不是数值' },
    infinity: { en: '{text} (infinity) is not a value', zh: '{text}(无穷大)不是数值' },
    range: {
      en: '{text} is beyond the range of any value (it reads as infinity or zero)',
      zh: '{text} 超出数值范围(会被读作无穷大或零)',
    },
    hex: { en: 'hexadecimal {text} ({value}) is not accepted', zh: '不接受十六进制数 {text}({value})' },
    octal: { en: 'octal {text} ({value}) is not accepted', zh: '不接受八进制数 {text}({value})' },
    leading_zero: {
      en: '{text} has a leading zero: YAML 1.1 reads it as octal, YAML 1.2 as decimal',
      zh: '{text} 以 0 开头:YAML 1.1 读作八进制,YAML 1.2 读作十进制',
    },
    message: { en: '{what}', zh: '{what}' },
    hint: {
      en: 'write the value as a plain decimal number, like 4.3 or 2200',
      zh: '请写成普通十进制数,如 4.3 或 2200',
    },
  },
  YAML_FORBIDDEN_KEY: {
    message: { en: 'the key "{key}" is not allowed', zh: '不允许使用键 "{key}"' },
    hint: {
      en: 'ids are lower-case ascii snake_case, like urban_new_jobs',
      zh: 'id 应为小写 ASCII 蛇形命名,如 urban_new_jobs',
    },
  },
  SCHEMA: {
    required: { en: '{where} is missing the required field "{field}"', zh: '{where} 缺少必填字段 "{field}"' },
    required_hint: { en: 'add {field}: … here', zh: '在此处添加 {field}: …' },
    unknown_field: { en: '{where} has an unknown field "{field}"', zh: '{where} 含有未知字段 "{field}"' },
    allowed_fields: { en: 'allowed fields: {fields}', zh: '允许的字段:{fields}' },
    enum: { en: '{where} must be one of {allowed} (got {got})', zh: '{where} 必须是 {allowed} 之一(实际为 {got})' },
    const: { en: '{where} must be {want} (got {got})', zh: '{where} 必须为 {want}(实际为 {got})' },
    type: { en: '{where} must be {want} (got {got})', zh: '{where} 必须是{want}(实际为{got})' },
    pattern: { en: '{where} {rule} (got {got})', zh: '{where} {rule}(实际为 {got})' },
    pattern_other: { en: '{where} must match {pattern}', zh: '{where} 必须符合格式 {pattern}' },
    key: {
      en: '{where} has an invalid key "{name}": keys must be lower-case ascii snake_case ids',
      zh: '{where} 的键 "{name}" 无效:键必须是小写 ASCII 蛇形 id',
    },
    one_of: { en: '{where} has the wrong form (got {got})', zh: '{where} 格式不正确(实际为 {got})' },
    min_items: { en: '{where} must have at least {limit} item(s)', zh: '{where} 至少需要 {limit} 项' },
    min_length: { en: '{where} must not be empty', zh: '{where} 不能为空' },
    minimum: { en: '{where} must be at least {limit} (got {got})', zh: '{where} 必须不小于 {limit}(实际为 {got})' },
    exclusive_minimum: {
      en: '{where} must be more than {limit} (got {got})',
      zh: '{where} 必须大于 {limit}(实际为 {got})',
    },
    maximum: { en: '{where} must be at most {limit} (got {got})', zh: '{where} 必须不大于 {limit}(实际为 {got})' },
    other: { en: '{where} {problem}', zh: '{where} 无效({problem})' },
    other_unknown: { en: '{where} is invalid', zh: '{where} 无效({keyword})' },
    digits: { en: 'a number has at most {max} digits', zh: '数值最多 {max} 位数字' },
    digits_hint: {
      en: 'write the figure in its unit of measure (万人, 万元)',
      zh: '请按计量单位(万人、万元)填写数值',
    },
    pattern_id: {
      en: 'must be a lower-case ascii snake_case id, like urban_new_jobs',
      zh: '必须是小写 ASCII 蛇形 id,如 urban_new_jobs',
    },
    pattern_plan_id: { en: 'must be a lower-case ascii id, like city-2010', zh: '必须是小写 ASCII id,如 city-2010' },
    pattern_decimal: { en: 'must be a decimal number, like 4.3', zh: '必须是十进制数,如 4.3' },
    pattern_non_negative: { en: 'must be a non-negative decimal number, like 4.3', zh: '必须是非负十进制数,如 4.3' },
    pattern_positive: { en: 'must be a decimal number above 0, like 5', zh: '必须是大于 0 的十进制数,如 5' },
    pattern_percent: { en: 'must be a percentage, like 2%', zh: '必须是百分比,如 2%' },
    type_object: { en: 'a mapping', zh: '映射(键: 值)' },
    type_array: { en: 'a list', zh: '列表' },
    type_string: { en: 'text', zh: '文本' },
    type_number: { en: 'a number', zh: '数字' },
    type_integer: { en: 'a whole number', zh: '整数' },
    type_boolean: { en: 'true or false', zh: 'true 或 false' },
    type_null: { en: 'empty', zh: '空值' },
    type_or: { en: ' or ', zh: '或' },
  },
  CSV_SYNTAX: {
    field_count: {
      en: 'this row has {fields} fields but the header has {width}',
      zh: '此行有 {fields} 个字段,而表头只有 {width} 列',
    },
    split_number: {
      en: '{counts}: "{whole}" was most likely one number split by its thousands separator',
      zh: '{counts}:"{whole}" 很可能是被千分位逗号拆开的一个数',
    },
    split_number_hint: {
      en: 'write {plain} without the comma, or quote it: "{whole}"',
      zh: '请写成 {plain}(去掉逗号),或加引号:"{whole}"',
    },
    field_count_hint: {
      en: 'quote a field that holds a comma, or give the extra column a header',
      zh: '含逗号的字段请加引号,或为多出的列填写表头',
    },
    message: { en: 'CSV syntax error: {detail}', zh: 'CSV 格式错误:{detail}' },
    unclosed: {
      en: 'CSV syntax error: this quote opens a field that is never closed',
      zh: 'CSV 格式错误:此处的引号开始了一个字段,但直到文件末尾都没有闭合',
    },
    hint: {
      en: 'a quote (") that opens a field must close it; write "" for a quote inside a field',
      zh: '字段开头的引号(")必须成对;字段内的引号请写作 ""',
    },
  },
} as const satisfies Readonly<Record<string, Texts>>;
