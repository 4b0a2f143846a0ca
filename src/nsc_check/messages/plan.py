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

TEXTS.update({
    # what a gap of the plan is for
    "plan.serves_condition": ("基本条件 {id} {title}", "basic condition {id} {title}"),
    "plan.serves_veto": ("否决项", "veto item"),
    "plan.serves_section": ("{section} {title} 得分率底线 {floor}%",
                            "{section} {title}: floor of {floor}%"),
    "plan.serves_overall": ("总得分率底线 {floor}%", "overall floor of {floor}%"),
    "plan.overall": ("总得分", "Overall score"),
})

TEXTS.update({
    # nsc-check plan: command help
    # nsc-check plan: errors
    "plan.deadline_past": ("申报日期 {deadline} 须晚于评估日期 {as_of}",
                           "the application date {deadline} must be after the assessment date "
                           "{as_of}"),
    "plan.costs_not_found": ("找不到工作量估计文件", "cost estimates file not found"),
    "plan.costs_hint": ("文件格式：effort: 下逐项写指标编号和工作量，如 “S03.02: weeks” 或 “S04.03: 30”（周数）",
                        "write `effort:` with one line per indicator id, e.g. `S03.02: weeks` or "
                        "`S04.03: 30` (weeks)"),
    "plan.costs_shape": ("工作量估计文件只能包含 effort: 一项，其下逐项列出指标编号",
                         "the cost estimates file holds only `effort:`, a mapping of ids"),
    "plan.costs_unknown_id": ("没有编号为 {item} 的指标或需单独报送证据的基本条件",
                              "no indicator {item}, nor a basic condition with evidence of its own"),
    "plan.costs_id_hint": ("用 nsc-check criteria list 查看指标编号",
                           "`nsc-check criteria list` shows the ids"),
    "plan.costs_bad_value": ("“{value}”不是工作量：请写工作量类别或周数（整数）",
                             "\"{value}\" is not an effort: give an effort class or whole weeks"),
    "plan.costs_bad_weeks": ("{value} 周不在 1 至 520 之间", "{value} weeks is not between 1 and 520"),
    "plan.unverified": (
        "方案核验未通过：假设 {ids} 已整改后仍未达到申报要求。这是 nsc-check 的缺陷，请报告，勿按此方案执行",
        "the plan failed its check: with {ids} closed the city is still not ready. This is a bug "
        "in nsc-check: please report it and do not follow this plan"),
    # nsc-check plan: the report
    "plan.title": ("创卫整改方案（工作量最小）", "Plan to readiness (least work)"),
    "plan.verdict_now": ("目前结论", "Verdict now"),
    "plan.plan_label": ("方案", "Plan"),
    "plan.plan_summary": ("整改 {count} 项，工作量合计 {weeks} 周，可得 {points} 分",
                          "close {count} gaps: {weeks} weeks of work, {points} points regained"),
    "plan.ties_label": ("并列方案", "Ties"),
    "plan.ties": ("另有 {count} 个同样工作量的方案（见文末）",
                  "{count} other plans take exactly as much work (listed at the end)"),
    "plan.no_ties": ("无，此方案是唯一的最优方案", "none: this is the only cheapest plan"),
    "plan.deadline_label": ("申报日期", "Application date"),
    "plan.costs_label": ("工作量依据", "Costs from"),
    "plan.costs_from_pack": ("评估标准的工作量类别", "the pack's effort classes"),
    "plan.costs_from_file": ("评估标准的工作量类别，并按本市估计 {file} 调整",
                             "the pack's effort classes, with the city's estimates in {file}"),
    "plan.basis_label": ("判定依据", "Judged on"),
    "plan.basis": ("实际证据（豁免不计入）", "the evidence (waivers not counted)"),
    "plan.nothing_to_do": ("已达到申报要求，无需整改", "The city is ready: nothing to close"),
    "plan.floors_title": ("得分底线", "Score floors"),
    "plan.now": ("现在", "Now"),
    "plan.short": ("差", "Short by"),
    "plan.after": ("整改后", "After the plan"),
    "plan.points": ("{points} 分", "{points} points"),
    "plan.stage1": ("第一步：满足基本条件（{count} 项）", "Stage 1: meet the basic conditions ({count})"),
    "plan.stage2": ("第二步：否决项和得分底线（{count} 项）",
                    "Stage 2: the veto and the score floors ({count})"),
    "plan.stage1_alone": ("满足基本条件（{count} 项）", "Meet the basic conditions ({count})"),
    "plan.stage2_alone": ("否决项和得分底线（{count} 项）",
                          "The veto and the score floors ({count})"),
    "plan.department_heading": ("{department}：{count} 项，工作量 {weeks} 周",
                                "{department}: {count} gaps, {weeks} weeks of work"),
    "plan.regained": ("可得分", "Points"),
    "plan.effort": ("工作量", "Effort"),
    "plan.serves": ("用于", "For"),
    "plan.weeks": ("{weeks} 周", "{weeks} weeks"),
    "plan.effort_class": ("{effort}（{weeks} 周）", "{effort} ({weeks} weeks)"),
    "plan.effort_city": ("{weeks} 周（本市估计）", "{weeks} weeks (city's estimate)"),
    "plan.required": ("必须整改", "required"),
    "plan.dates": ("时间安排", "Dates"),
    "plan.start_finish": ("{start} 开始，{finish} 前完成", "start {start}, done by {finish}"),
    "plan.schedule_title": ("倒排工期（申报日期 {deadline}，各单位的整改依次进行）",
                            "Back-planned from the application date {deadline} (each "
                            "department's gaps one after another)"),
    "plan.items": ("整改项目", "Gaps"),
    "plan.start_by": ("最迟开始", "Start by"),
    "plan.late": ("{start}（已晚于评估日期，须立即开始并增加力量）",
                  "{start} (before the assessment date: start now and add staff)"),
    "plan.alternatives_title": ("同样工作量的其他方案（共 {count} 个，列出部分）",
                                "Other plans of the same cost ({count}; some listed)"),
    "plan.alternative": ("不整改 {without}，改为整改 {instead}", "instead of {without}: {instead}"),
})

TEXTS.update({
    # assess --assume-pass
    "plan.assume_unknown": ("没有编号为 {item} 的指标或需单独报送证据的基本条件",
                            "no indicator {item}, nor a basic condition with evidence of its own"),
    "plan.assume_condition": ("基本条件 {item} 由指标 {ids} 判定：请假设这些指标已整改",
                              "basic condition {item} is decided by {ids}: assume those closed"),
    "plan.assume_not_a_gap": ("{item} 目前为“{status}”，不是差距，无需假设",
                              "{item} is {status} already: not a gap"),
})

TEXTS["plan.assume_format"] = (
    "--assume-pass 的结果是假设，不生成可转发的 {format} 报告：请用表格或 json 格式",
    "--assume-pass gives a what-if, not a report to forward as {format}: use table or json")

TEXTS.update({
    "plan.serves_condition_short": ("基本条件 {id}", "condition {id}"),
    "plan.serves_section_short": ("{section} 底线 {floor}%", "{section} floor {floor}%"),
    "plan.serves_overall_short": ("总分底线 {floor}%", "overall floor {floor}%"),
})

TEXTS["plan.no_plan"] = (
    "即使整改全部差距也达不到申报要求：请检查评估标准（例如否决项被声明为不适用）",
    "even with every gap closed the city would not be ready: check the criteria pack (a veto "
    "item declared not applicable, for example)")
