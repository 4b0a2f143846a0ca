"""Messages of reading values the way people write them (numbers, units, dates, yes/no).

`{value}` is what the user wrote, shown as written; `{what}` names the value when the field alone
does not (a year of a series, a measure)."""

TEXTS: dict[str, tuple[str, str]] = {
    "values.about": ("{what}：{problem}", "{what}: {problem}"),
    "values.number_not_bool": ("应填数字，不能填 {value}", "must be a number, not {value}"),
    "values.number_expected": ("应填一个数字，不能是{kind}", "must be a number, not {kind}"),
    "values.kind.empty": ("空值", "empty"),
    "values.kind.mapping": ("“键: 值”的若干行", "a mapping (key: value lines)"),
    "values.kind.list": ("列表", "a list"),
    "values.kind.text": ("文字", "a text"),
    "values.kind.number": ("数字", "a number"),
    "values.kind.other": ("其他类型的值", "a value of another kind"),
    "values.not_a_number": ("“{value}”不是数字", "'{value}' is not a number"),
    "values.number_as_written": (
        "“{value}”不是规范的数字写法：请写成 71.4 这样，用小数点，不加其他符号",
        "'{value}' is not a number as written: write it like 71.4, with a decimal point and no "
        "other marks"),
    "values.decimal_comma": (
        "“{value}”中的逗号应为小数点：请写成 {meant}",
        "'{value}' is not a number as written: write it like {meant}, with a decimal point"),
    "values.wrong_unit": ("“{value}”的单位不对：应为以 {unit} 为单位的数值",
                          "'{value}' has the wrong unit: expected a figure in {unit}"),
    "values.no_unit_expected": ("“{value}”不应带单位：只写数字",
                                "'{value}' has the wrong unit: expected a figure without a unit"),
    "values.not_finite": ("应为有限的数字，不能是 {value}", "must be a finite number, not {value}"),
    "values.too_large": ("“{value}”太大，不可能是实际数值", "'{value}' is far too large to be a figure"),
    "values.not_whole": ("应为整数，不能是 {value}", "must be a whole number, not {value}"),
    "values.negative": ("不能是负数（{value}）", "cannot be negative ({value})"),
    "values.not_yes_no": ("只能填“是”或“否”，不能是“{value}”",
                          "must be '是' or '否' (yes or no), not '{value}'"),
    "values.date_expected": ("应为日期，如 2025-12-31，不能是{kind}",
                             "must be a date like 2025-12-31, not {kind}"),
    "values.bad_date": ("“{value}”不是有效日期（请写成 2025-12-31 这样）",
                        "'{value}' is not a valid date (write it as 2025-12-31)"),
    "values.no_such_month": ("“{value}”不是有效日期：一年只有 12 个月",
                             "'{value}' is not a valid date: a year has 12 months"),
    "values.no_such_day": ("“{value}”不是有效日期：{year} 年 {month} 月只有 {days} 天",
                           "'{value}' is not a valid date: month {month} of {year} has {days} days"),
    "values.implausible_date": ("“{value}”不像真实日期（年份应在 {first} 至 {last} 之间）",
                                "'{value}' is not a plausible date (years {first}–{last})"),
    "values.hint.decimal": ("数字用小数点（.），不要用逗号或其他符号",
                            "use a decimal point (.), not a comma or other marks"),
}
