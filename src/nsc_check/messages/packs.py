"""Messages of reading criteria packs and overlays, and the words an overlay's changes are listed
in."""

TEXTS: dict[str, tuple[str, str]] = {
    "packs.no_such_pack": ("没有名为“{pack}”的标准包：它既不是文件夹，也不是内置的标准包",
                           "no criteria pack '{pack}': not a folder, nor a bundled pack"),
    "packs.none": ("无", "none"),
    "packs.no_sections": ("标准包中没有分部文件（除 pack.yaml 和 basic-conditions.yaml 外的 .yaml 文件）",
                          "no section files in the pack (.yaml files besides pack.yaml and "
                          "basic-conditions.yaml)"),
    "packs.file_missing": ("标准包中缺少这个文件", "file is missing from the pack"),
    "packs.unknown_kind": ("不认识的类型“{kind}”", "unknown kind '{kind}'"),
    "packs.list_expected": ("文件中应有“{key}:”，下面是列表", "the file must hold a list under `{key}:`"),
    "packs.section_not_mapping": ("分部文件应写 id、title、indicators 几项",
                                  "a section file must be a mapping with id, title, indicators"),
    "packs.count_too_high": ("count 为 {count}，多于列出的 {listed} 项指标",
                             "count {count} is more than the {listed} indicators listed"),
    "packs.one_form": ("requires、at_least、kind（连同 rule）三者只能写其中一个",
                       "give exactly one of `requires`, `at_least` or `kind` with `rule`"),
    "packs.section_twice": ("第 {section} 部分定义了两次", "section {section} is defined twice"),
    "packs.indicator_twice": ("指标 {id} 定义了两次（第一次在 {file} 第 {line} 行）",
                              "indicator {id} is defined twice (first in {file} line {line})"),
    "packs.wrong_section": ("指标 {id} 写在了第 {section} 部分", "indicator {id} is in section {section}"),
    "packs.unknown_department": ("不认识的部门“{department}”", "unknown department '{department}'"),
    "packs.condition_twice": ("基本条件 {id} 定义了两次", "basic condition {id} is defined twice"),
    "packs.unknown_reference": ("基本条件 {id} 引用了不存在的指标“{ref}”",
                                "basic condition {id} names unknown indicator '{ref}'"),
    "packs.points_mismatch": ("各指标分值合计 {total}，与写明的总分 {declared} 不符",
                              "the indicators' points add up to {total}, not the declared "
                              "{declared}"),
    # overlays
    "packs.overlay_not_found": ("找不到调整文件", "overlay file not found"),
    "packs.overlay_other_pack": ("这份调整文件是为标准包“{written}”写的，不是“{pack}”",
                                 "written for pack '{written}', not '{pack}'"),
    "packs.listed_twice": ("{id} 列了两次", "{id} is listed twice"),
    "packs.no_such_indicator": ("标准包中没有指标 {id}", "the pack has no indicator {id}"),
    "packs.cannot_remove": ("{id} 不能删除：基本条件 {conditions} 依据它",
                            "{id} cannot be removed: basic condition {conditions} rests on it"),
    "packs.no_such_section": ("标准包中没有第 {section} 部分", "the pack has no section {section}"),
    "packs.unsafe_id": ("编号“{id}”不能使用：编号只能由字母、数字和 . _ - 组成，以字母或数字开头，"
                        "不以 . 结尾，最多 31 个字符",
                        "the id '{id}' cannot be used: an id is letters, digits and . _ - only, "
                        "starts with a letter or digit, does not end with '.', at most 31 "
                        "characters"),
    "packs.reserved_id": ("编号“{id}”已被占用（city、_meta 和 Windows 设备名 con、nul 等），请换一个",
                          "the id '{id}' is taken (city, _meta and the Windows device names con, "
                          "nul …): choose another"),
    "packs.points_missing": ("指标 {id} 没有写分值（points:）：本标准包按分值评分",
                             "indicator {id} gives no points: this pack is scored by points"),
    "packs.points_in_items_pack": ("指标 {id} 写了分值，但本标准包按达标项数评分（scoring: items），"
                                   "分值不会计入：请删去 points",
                                   "indicator {id} gives points, but this pack scores items met "
                                   "(scoring: items) and would ignore them: remove `points`"),
    "packs.total_missing": ("pack.yaml 没有写总分（points_total:）：本标准包按分值评分",
                            "pack.yaml gives no points_total: this pack is scored by points"),
    "packs.total_in_items_pack": ("本标准包按达标项数评分（scoring: items），不应写总分 points_total",
                                  "this pack scores items met (scoring: items): it has no "
                                  "points_total"),
    "packs.hint.scoring": ("不按分值评分的标准包写 scoring: items",
                           "a pack scored without points says `scoring: items`"),
    # hints
    "packs.hint.safe_id": ("编号会用作文件名和 Excel 工作表名，例如 sanitation、S03.01、2.3",
                           "ids become file and Excel sheet names, e.g. sanitation, S03.01, 2.3"),
    "packs.hint.safe_header_id": ("标准包和调整文件的编号用于 --criteria 和 applies_to 中指明它，"
                                  "例如 nsc-2010、example-province",
                                  "the id names the pack or overlay (in --criteria and "
                                  "applies_to), e.g. nsc-2010, example-province"),
    "packs.hint.name_section": ("用 section: 写明它属于哪个部分",
                                "name its section with `section:`"),
    "packs.hint.bundled": ("内置的标准包：{packs}", "bundled packs: {packs}"),
    "packs.hint.kinds": ("可用的类型：{kinds}", "known kinds: {kinds}"),
    "packs.hint.section_ids": ("第 {section} 部分的编号以 {section}. 开头",
                               "ids of section {section} start with {section}."),
    # what an overlay changed, as every report lists it
    "packs.change.points_total": ("总分：{before} → {after}", "points total: {before} → {after}"),
    "packs.change.policy": ("判定规则 {key}：{before} → {after}", "policy {key}: {before} → {after}"),
    "packs.change.department_added": ("新增部门 {id} {name}", "department added: {id} ({name})"),
    "packs.change.points": ("{id} 分值：{before} → {after}", "{id} points: {before} → {after}"),
    "packs.change.field": ("{id} 修改{field}", "{id}: {field} changed"),
    "packs.change.figure": ("{id} 标准值：{before} → {after}", "{id} figure: {before} → {after}"),
    "packs.change.removed": ("删除指标 {id}", "indicator removed: {id}"),
    "packs.change.added": ("新增指标 {id} {title}（{rule}，{points} 分）",
                           "indicator added: {id} {title} ({rule}, {points} points)"),
    "packs.field.title": ("名称", "title"),
    "packs.field.lead": ("责任单位", "lead"),
    "packs.field.veto": ("否决项", "veto"),
    "packs.field.basis": ("依据类别", "basis"),
    "packs.field.source": ("出处", "source"),
    "packs.field.evidence": ("证据要求", "evidence"),
    "packs.field.remediation": ("整改建议", "remediation"),
    "packs.field.max_age_days": ("时效", "max_age_days"),
    "packs.field.points": ("分值", "points"),
}
