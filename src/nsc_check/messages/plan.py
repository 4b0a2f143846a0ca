"""Texts of the plan (`nsc-check plan`), the what-if (`assess --assume-pass`) and the score shown
with waivers: labels, notes, errors and command help, in zh and en."""

TEXTS: dict[str, tuple[str, str]] = {
    # assess: the what-if and the waivers
    "plan.assumed_note": ("按假设视为已整改达标（--assume-pass），实际状态为“{status}”",
                          "assumed closed (--assume-pass); as the evidence stands: {status}"),
    "plan.assumed_label": ("假设已整改", "Assumed closed"),
    "plan.assumed_warning": ("以上为假设结果，并非依据现有证据得出的结论",
                             "a what-if, not the verdict the evidence gives"),
    "plan.with_waivers_label": ("计入豁免", "With waivers"),
    "plan.with_waivers_score": ("{awarded} / {possible}（{percent}%），豁免 {count} 项：{ids}",
                                "{awarded} / {possible} ({percent}%), {count} waived: {ids}"),
    "plan.waivers_change_verdict": (
        "若计入本市自行批准的豁免，结论将为“{verdict}”；国家评审不认可城市自行豁免，结论仍按实际证据判定",
        "with the city's own waivers the verdict would be \"{verdict}\"; national assessors do not "
        "accept a city's own waivers, so the verdict stands on the evidence"),
}

TEXTS.update({
    # the pack's effort classes
    "plan.effort_weeks": ("数周", "a few weeks"),
    "plan.effort_months": ("数月", "a few months"),
    "plan.effort_year": ("一年以上", "a year or more"),
    "plan.unknown_effort": ("{item} 的工作量类别“{effort}”不在本标准的类别中",
                            "{item}: effort class \"{effort}\" is not one of the pack's"),
    "plan.unknown_effort_default": ("默认工作量类别“{effort}”不在 effort_classes 中",
                                    "effort_default \"{effort}\" is not one of the effort_classes"),
    "plan.effort_hint": ("可用的类别：{classes}", "the classes: {classes}"),
})
