"""Texts of evidence collection: the `status` command, the collecting line at the head of every
report, entries that fit no item, values read as their writer meant them (a fraction where a
percentage is asked), and evidence that is complete and current (series years, documents)."""

TEXTS: dict[str, tuple[str, str]] = {
    # the head of every report while items are not yet reported
    "collect.collecting": ("收集中：{count} 项尚未报送", "collecting: {count} items not yet reported"),
    "collect.astray_title": ("未能使用的条目", "Entries that could not be used"),
    "collect.title": ("证据收集情况", "Evidence collection"),
    "collect.city": ("{city}（评估日期 {date}）", "{city} (assessment date {date})"),
    "collect.totals": (
        "共 {items} 项：已报送 {reported} 项，尚未报送 {not_reported} 项，无法使用 {invalid} 项，"
        "已过期 {stale} 项",
        "{items} items: {reported} reported, {not_reported} not yet reported, {invalid} "
        "unusable, {stale} stale"),
    "collect.complete": ("全部项目均已报送", "every item has been reported"),
    "collect.col_department": ("部门", "Department"),
    "collect.col_contact": ("联系人", "Contact"),
    "collect.col_reported": ("已报送", "Reported"),
    "collect.col_not_reported": ("尚未报送", "Not yet reported"),
    "collect.col_invalid": ("无法使用", "Unusable"),
    "collect.col_stale": ("已过期", "Stale"),
    "collect.no_contact": ("未填写联系人", "no contact given"),
    "collect.chase": ("待催报：{department}（{contact}）", "To chase: {department} ({contact})"),
    "collect.items": ("{label}（{ids} 项）：", "{label} ({ids}):"),
    # a fraction where a percentage is asked
    "collect.fraction_for_percent": (
        "{value} 是否应为 {percent}%？本项按百分比填写",
        "{value}: did you mean {percent}%? This item is a percentage"),
    "collect.fraction_hint": (
        "写作 {percent}%；若确实不足 1%，请带百分号写作 {value}%",
        "write {percent}%; if it really is below 1%, write it with the sign: {value}%"),
    # counts of things are whole; quantities (areas, lengths) take decimals
    # series: the year the assessment date makes due, each year once
    "collect.due_year_missing": (
        "缺少 {year} 年的数据：评估日 {date} 时应已报到 {year} 年（现有数据最新为 {latest} 年）",
        "no value for {year}: by the assessment date {date} the series must reach {year} "
        "(its latest year is {latest})"),
    "collect.year_twice": (
        "{first}{first_line}与 {second}{second_line}是同一年：每年只能写一次",
        "{first}{first_line} and {second}{second_line} are the same year: give each year once"),
    "collect.at_line": ("（第 {line} 行）", " (line {line})"),
    "collect.year_twice_hint": ("删去其中一行，保留正确的数值",
                                "delete one of the two lines, keeping the right value"),
    # documents: each judged by its own date and validity
    "collect.doc_not_this_year": (
        "《{title}》为 {year} 年的文件，评估日 {date} 时应提供 {due} 年的",
        "{title} is of {year}; on the assessment date {date} the one of {due} is needed"),
    "collect.doc_period_over": (
        "《{title}》的适用期为 {period}，评估日 {date} 时已不在适用期内",
        "{title} covers {period}; on the assessment date {date} it is no longer in force"),
    "collect.doc_undated": (
        "《{title}》未写印发日期，无法判断是否仍然有效",
        "{title} has no date of issue: it cannot be shown to be current"),
    "collect.period_invalid": (
        "{value} 不是有效的适用期：写作 2021-2025（起止年份）",
        "{value} is not a period: write it as 2021-2025 (first and last year)"),
}
