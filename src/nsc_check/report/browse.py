"""Browsing a pack in the terminal: `criteria list` and `criteria show`."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import kinds
from ..i18n import kind_name, t
from ..messages import LANGS, msg, text
from ..pack import Condition, Indicator, Pack
from ..text import Lang, LocalText
from ..values import format_number

# browse labels whose i18n key differs (the same word means something else in a report)
rename: dict[str, str] = {"section": "section_of", "points": "pack_points", "evidence": "evidence_asked"}


def figure(owner: Indicator | Condition) -> LocalText:
    """The figure of an indicator or own-evidence condition, in words (from its kind)."""
    return kinds.get(owner.kind or "").describe(owner.rule)


def condition_rule(pack: Pack, cond: Condition) -> LocalText:
    if cond.requires is not None:
        return LocalText.from_msg(msg("ui.rule_requires", ids=cond.requires))
    if cond.at_least is not None:
        rule = cond.at_least
        if rule.others_within:
            return LocalText.from_msg(msg("ui.rule_at_least_within", ids=rule.of, count=rule.count,
                                          within=format_number(rule.others_within)))
        return LocalText.from_msg(msg("ui.rule_at_least", ids=rule.of, count=rule.count))
    return LocalText.from_msg(msg("ui.rule_own", kind=cond.kind, figure=figure(cond)))


def render_list(pack: Pack, console: Console, lang: Lang, section: str | None,
                department: str | None) -> None:
    dept = pack.header.departments
    if section is None:
        table = Table(title=t("conditions", lang), title_justify="left", box=box.SIMPLE_HEAD,
                      expand=True)
        table.add_column(t("id", lang), no_wrap=True)
        table.add_column(t("item", lang), ratio=3, overflow="fold")
        table.add_column(t("rule", lang), ratio=3, overflow="fold")
        table.add_column(t("lead", lang), overflow="fold", min_width=12)
        for cond in pack.conditions:
            if department is None or cond.lead == department:
                table.add_row(cond.id, cond.title.get(lang), condition_rule(pack, cond).get(lang),
                              dept[cond.lead].get(lang))
        console.print(table)
    table = Table(title=t("indicators", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  expand=True)
    table.add_column(t("id", lang), no_wrap=True)
    table.add_column(t("item", lang), ratio=3, overflow="fold")
    table.add_column(t("kind", lang), no_wrap=True)
    table.add_column(t("figure", lang), ratio=3, overflow="fold")
    points = pack.header.scoring == "points"  # a pack scoring items gives none
    if points:
        table.add_column(t("pack_points", lang), justify="right", no_wrap=True)
    table.add_column(t("lead", lang), overflow="fold", min_width=12)
    for ind in pack.indicators():
        if (section and ind.section_id != section) or (department and ind.lead != department):
            continue
        shown = figure(ind)
        ident = Text(ind.id)
        if ind.veto:
            ident.append(" ⚑", style="bold red")
        table.add_row(ident, ind.title.get(lang), kind_name(ind.kind, lang), shown.get(lang),
                      *([_points(ind)] if points else []), dept[ind.lead].get(lang))
    console.print(table)
    console.print(Text(t("list_key", lang), style="dim"))
    if pack.tailoring:
        console.print(text("ui.label_value", lang, label=t("tailored", lang),
                           value=[o.file for o in pack.tailoring]))


def render_show(pack: Pack, item_id: str, console: Console, lang: Lang) -> None:
    owner: Indicator | Condition | None = pack.indicator(item_id) or pack.condition(item_id)
    assert owner is not None
    console.print(Text(f"{owner.id} {owner.title.get(lang)}", style="bold"))
    other = next(o for o in LANGS if o != lang)  # the title in the other language, as a help
    console.print(Text(owner.title.get(other), style="dim"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    row = lambda key, value: grid.add_row(t(rename.get(key) or key, lang), value)  # noqa: E731
    if isinstance(owner, Indicator):
        section = next(s for s in pack.sections if s.id == owner.section_id)
        row("section", f"{section.id} {section.title.get(lang)}")
        row("kind", kind_name(owner.kind, lang))
        row("figure", figure(owner).get(lang))
        if owner.points is not None:  # none in a pack scoring items
            row("points", format_number(owner.points))
        row("veto", t("yes" if owner.veto else "no", lang))
        users = [c for c in pack.conditions if owner.id in c.rests_on]
        if users:
            row("conditions", "\n".join(f"{c.id} {c.title.get(lang)}" for c in users))
    else:
        row("rule", condition_rule(pack, owner).get(lang))
        if owner.kind is not None:
            row("kind", kind_name(owner.kind, lang))
    row("lead", f"{pack.header.departments[owner.lead].get(lang)} ({owner.lead})")
    row("basis", t(f"basis_{owner.basis}", lang))
    if owner.source is not None:
        row("source", owner.source.get(lang))
    if owner.kind is not None:
        days = owner.max_age_days or pack.header.policy.max_age_days
        row("max_age", text("ui.days", lang, days=days))
    if owner.evidence is not None:
        row("evidence", owner.evidence.get(lang))
    checklist = kinds.checklist(owner.rule)
    if checklist:
        # numbered as findings name them (point: 2)
        row("checklist", "\n".join(text("kinds.guide.inspection_point", lang, number=n, item=item)
                                   for n, item in enumerate(checklist, start=1)))
    if owner.kind is not None:
        row("example", example_yaml(pack, owner))
    if owner.remediation is not None:
        row("remediation", owner.remediation.get(lang))
    console.print(grid)


def _points(ind: Indicator) -> str:
    return format_number(ind.points) if ind.points is not None else "—"


def example_yaml(pack: Pack, owner: Indicator | Condition) -> str:
    """The lines a department writes in its file for this item: the kind's own example, the one
    the evidence templates carry."""
    from ..template import latest_year  # the year the evidence templates are written for

    example = kinds.get(owner.kind or "").guide(owner.rule, latest_year()).example
    return f"# {owner.lead}.yaml\nevidence:\n  {owner.id}: {example}"
