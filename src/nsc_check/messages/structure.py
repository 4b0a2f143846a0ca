"""Messages of issue 14's checks outside the other parts' areas: a saved result's repeated ids
(diff), the scoring models, and the reports' words for items met (packs scored without points)."""

TEXTS: dict[str, tuple[str, str]] = {
    "structure.diff_repeated_id": ("编号 {id} 在结果中出现了两次：无法判断该比较哪一个",
                                   "the id {id} is in the result twice: which to compare cannot "
                                   "be told"),
    "structure.conditions_not_read": ("pack.yaml 写明 basic_conditions: false，这个文件不会被读取",
                                      "pack.yaml says basic_conditions: false: this file would "
                                      "not be read"),
    "structure.hint_conditions_not_read": ("删去这个文件，或删去 basic_conditions: false",
                                           "remove the file, or `basic_conditions: false`"),
    "structure.id_as_number": ("编号 {id} 被读成了数字（1.10 会变成 1.1）：编号要加引号",
                               "the id {id} was read as a number (1.10 would become 1.1): quote "
                               "the id"),
    "structure.hint_quote_id": ("写成 \"{id}\"（加英文引号）", "write \"{id}\" (in quotes)"),
    # packs scored by items met, not points (scoring: items)
    "structure.verdict_items_score": ("达标项比例 {percent}%，低于 {floor}%",
                                      "items met {percent}%, below {floor}%"),
    "structure.verdict_items_section": ("{id} {title} 达标项比例 {percent}%，低于 {floor}%",
                                        "{id} {title}: items met {percent}%, below {floor}%"),
    "structure.verdict_items_ready": ("全部基本条件满足，否决项通过，总体和各部分的达标项比例均达到要求",
                                      "all basic conditions met, veto items passed, the share of "
                                      "items met overall and in each section above the floors"),
    "structure.template_item": ("{id} {title}", "{id} {title}"),
    "structure.template_item_veto": ("{id} {title}（否决项）", "{id} {title} (veto)"),
    "structure.pack_ok_items": ("{folder}：通过：{id}（{edition}），{conditions} 项基本条件，"
                                "{sections} 个部分，{indicators} 项指标，按达标项数评分",
                                "{folder}: ok: {id} ({edition}), {conditions} basic conditions, "
                                "{sections} sections, {indicators} indicators, scored by items "
                                "met"),
    "structure.change_added_item": ("新增指标 {id} {title}（{rule}）",
                                    "indicator added: {id} {title} ({rule})"),
    "structure.plan_items_pack": ("标准包 {pack} 按达标项数评分，不按分值：整改计划按分值排列先后，"
                                  "暂不支持这种标准包",
                                  "the pack {pack} scores items met, not points: the plan orders "
                                  "gaps by the points they regain and does not support it yet"),
    "structure.hint_plan_items": ("请查看 nsc-check assess 列出的差距，逐项整改",
                                  "see the gaps `nsc-check assess` lists, and close them one by "
                                  "one"),
}
