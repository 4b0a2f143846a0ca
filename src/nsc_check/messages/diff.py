"""Messages of `nsc-check diff`: reading the two saved results and whether they compare."""

TEXTS: dict[str, tuple[str, str]] = {
    "diff.is_folder": ("这是文件夹，不是保存的评估结果", "this is a folder, not a saved result"),
    "diff.not_found": ("找不到该文件", "file not found"),
    "diff.hint.save": ("请先保存评估结果：nsc-check assess --format json -o 文件名",
                       "save a result with: nsc-check assess --format json -o FILE"),
    "diff.invalid_json": ("不是有效的 JSON：{problem}", "invalid JSON: {problem}"),
    "diff.not_a_result": ("这不是 `nsc-check assess --format json` 保存的评估结果",
                          "this is not a result saved by `nsc-check assess --format json`"),
    "diff.schema_version": ("结果格式版本 {saved} 无法与本版本的 {current} 比较",
                            "schema_version {saved} cannot be compared with this version's "
                            "{current}"),
    "diff.hint.assess_again": ("请用本版本的 nsc-check 重新评估两次",
                               "assess both again with this version of nsc-check"),
    "diff.filtered": ("该结果经过筛选（--section、--status 或 --department），不含全部指标",
                      "this result was filtered (--section, --status or --department), so it "
                      "does not hold every indicator"),
    "diff.what_if": ("该结果是假设推演（--assume-pass {ids}），不是实际评估结果，不能用来比较进展",
                     "this result is a what-if (--assume-pass {ids}), not an assessment of the "
                     "evidence: it cannot show progress"),
    "diff.hint.not_what_if": ("请用不加 --assume-pass 保存的评估结果比较",
                              "compare results saved without --assume-pass"),
    "diff.other_tailoring": ("两个结果依据的地方调整不同（之前：{before}；之后：{after}），"
                             "变化可能来自标准的调整，而不是城市的进展",
                             "the two results were assessed with different overlays (before: "
                             "{before}; after: {after}): a change may come from the criteria, "
                             "not from the city's progress"),
    "diff.hint.unfiltered": ("请不加筛选条件重新保存", "save it again without filters"),
    "diff.other_pack": ("两个结果依据的评估标准不同（{before} 和 {after}），指标无法比较",
                        "the results were assessed against different criteria packs ({before} "
                        "and {after}): their indicators cannot be compared"),
    "diff.hint.same_pack": ("请用同一个 --criteria 评估两次", "assess both with the same --criteria"),
    "diff.other_city": ("两个结果属于不同城市（{before} 和 {after}），仍照常比较",
                        "the results are of different cities ({before} and {after}): compared "
                        "all the same"),
    # which way a figure moved, in its indicator's own sense
    "diff.direction.better": ("变好", "better"),
    "diff.direction.worse": ("变差", "worse"),
    "diff.direction.same": ("持平", "no better, no worse"),
    "diff.direction.unknown": ("无法判断好坏", "cannot tell better from worse"),
    "diff.sense.higher": ("越高越好", "higher is better"),
    "diff.sense.lower": ("越低越好", "lower is better"),
    "diff.sense.closer": ("越接近标准值越好", "closer to the figure is better"),
    "diff.sense.scale": ("等级越靠前越好", "higher on its scale is better"),
    "diff.direction_sense": ("{direction}（{sense}）", "{direction} ({sense})"),
    "diff.col_direction": ("好坏", "Better or worse"),
    "diff.better_count": ("数值变好", "Figures better"),
    "diff.worse_count": ("数值变差", "Figures worse"),
}
