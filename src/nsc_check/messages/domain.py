"""Messages of the domain rules: measures with none allowed or with an alternative survey method
(the metrics kind), and figures that basic conditions quote from the indicators they rest on."""

TEXTS: dict[str, tuple[str, str]] = {
    "domain.metrics_none_allowed": ("{title}：不得有", "{title}: none allowed"),
    "domain.metrics_either": ("{first}（或{others}）", "{first} (or {others})"),
    "domain.metrics_required": (
        "{count} 项均不超过限值", "every one of the {count} measures within its limit"),
    "domain.metrics_found_where_none_allowed": (
        "{title} {value}，按标准不得有", "{title}: {value}, where the standard allows none"),
    "domain.metrics_gap_none_allowed": (
        "{count} 项超标，其中{title}按标准不得有，不能以限值的倍数计",
        "over the limits in {count}, among them {title}, where none is allowed: "
        "no multiple of the limit applies"),
    "domain.metrics_instead_of": (
        "监测项 {measure} 的 instead_of 应写同一指标中另一个不带 instead_of 的监测项"
        "（可选：{known}），不能写 {other}",
        "measure {measure}: instead_of must name another measure of the same indicator that has "
        "no instead_of itself ({known}), not {other}"),
    "domain.quote_unknown": (
        "基本条件 {condition} 的{field}引用了 {{{ref}}}，但该条件并不依据 {ref}",
        "basic condition {condition}: its {field} quotes {{{ref}}}, "
        "but the condition does not rest on {ref}"),
    "domain.quote_missing": (
        "基本条件 {condition} 依据 {ref} 的标准值，名称中应写作 {{{ref}}}，"
        "以便标准值调整后名称随之改变",
        "basic condition {condition} rests on the figure of {ref}: its title must quote it as "
        "{{{ref}}}, so that the title follows the figure when it changes"),
    "domain.quote_hint": (
        "在名称中写入 {{{ref}}}，显示时即为该指标现行的标准值",
        "write {{{ref}}} in the title: it is shown as that indicator's figure in force"),
    "domain.beyond_any_multiple": (
        "{name}：未达标，有按标准不得有的监测项超标，不能以限值的倍数计（允许不超过 {limit} 倍）",
        "{name}: not met, over a limit of none allowed, so beyond any multiple of its limits "
        "(at most {limit}× allowed)"),
    "domain.share_of_year": ("{figure}（占全年天数）", "{figure} of the year's days"),
    "domain.field_title": ("名称", "title"),
    "domain.field_evidence": ("证据要求", "evidence"),
    "domain.field_remediation": ("整改建议", "remediation"),
}
