// Commander's own usage errors ("unknown option", "missing required argument"…) in Chinese: commander words them
// in English only, so each of its fixed texts is matched and said again in the catalogue's words. The English is
// commander's own; a text not listed here is left as commander wrote it.

/** Each of commander's usage texts (its English, as a pattern) with its Chinese; `$1`… are the pattern's groups. */
export const USAGE_ZH: readonly (readonly [RegExp, string])[] = [
  [/^error: unknown option '([^']*)'/, "错误:未知选项 '$1'"],
  [/^error: unknown command '([^']*)'/, "错误:未知命令 '$1'"],
  [/^error: missing required argument '([^']*)'/, "错误:缺少必需的参数 '$1'"],
  [/^error: option '([^']*)' argument missing/, "错误:选项 '$1' 缺少取值"],
  [/^error: required option '([^']*)' not specified/, "错误:未指定必需的选项 '$1'"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid\. ?/, "错误:选项 '$1' 的取值 '$2' 无效。"],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']*)'\./, "错误:参数 '$2' 的取值 '$1' 无效。"],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)\./,
    '错误:参数过多,应为 $2 个,实为 $3 个。',
  ],
  [/^error: (.+?) cannot be used with (.+)$/m, '错误:$1 不能与 $2 同时使用'],
  [/option '([^']*)'/g, "选项 '$1'"],
  [/ ?Allowed choices are (.+?)\.$/m, '可选值:$1。'],
  [/\(Did you mean one of (.+?)\?\)/, '(是否应为以下之一:$1?)'],
  [/\(Did you mean (.+?)\?\)/, '(是否应为 $1?)'],
];
