"""Messages of the evidence kinds and of the assessment: refusals of rules and evidence, the
texts of results (measured, required, gap, findings, messages), the basic conditions and the
verdict, and the descriptions `nsc-check criteria kinds` prints (`kinds.doc.*`)."""

TEXTS: dict[str, tuple[str, str]] = {
    # --- shared pieces ---------------------------------------------------------------------
    "kinds.sep": ("；", "; "),
    "kinds.title_sep": ("、", "; "),
    "kinds.name_title": ("{id} {title}", "{id} {title}"),
    "kinds.required_figure": ("{op} {value}", "{op} {value}"),
    "kinds.what.measure_ids": ("监测项编号", "measure ids"),
    "kinds.what.document_ids": ("文件编号", "document ids"),
    "kinds.repeated": ("不能重复：{ids} 出现了不止一次", "must be unique: {ids} is listed twice"),
    "kinds.repeated_ids": ("{what}不能重复：{ids} 出现了不止一次",
                           "{what} must be unique: {ids} is listed twice"),
    # --- rules (in the pack) ---------------------------------------------------------------
    "kinds.one_figure": ("`figure` 和 `figure_by` 须给出且只给出其中一个",
                         "give exactly one of `figure` or `figure_by`"),
    "kinds.grade.scale_repeats": ("等级表中有重复的等级", "the scale repeats a grade"),
    "kinds.grade.figure_off_scale": ("标准值 {figure} 不在等级表 {scale} 中",
                                     "figure {figure} is not on the scale {scale}"),
    "kinds.no_city_property": ("city.yaml 未给出 {property}，无法确定适用的标准值",
                               "city.yaml has no {property}: the figure cannot be chosen"),
    "kinds.no_case": ("{property}={value} 不在任何适用范围内",
                      "{property}={value} matches no case of the rule"),
    # --- evidence refused -------------------------------------------------------------------
    "kinds.not_a_percentage": ("{value} 不是 0 到 100 之间的百分比",
                               "{value} is not a percentage between 0 and 100"),
    "kinds.date_after_assessment": ("日期 {date} 晚于评估日期 {on}",
                                    "date {date} is after the assessment date {on}"),
    "kinds.year_after_assessment": ("{year} 年晚于评估日期 {on}",
                                    "the year {year} is after the assessment date {on}"),
    "kinds.hint.past": ("证据只能反映过去的情况：请核对这个日期，或评估日期（city.yaml 中的日期，或 --as-of）",
                        "evidence can only describe the past; check the date, or the assessment "
                        "date (city.yaml, or --as-of)"),
    "kinds.ratio.give_counts": ("请填写分子和分母（或以 value 填写百分比）",
                                "give numerator and denominator (or a percentage as value)"),
    "kinds.ratio.give_both": ("分子和分母须同时填写", "give both numerator and denominator"),
    "kinds.ratio.counts_or_percent": ("填写分子和分母，或填写百分比，二者只选其一",
                                      "give the counts or a percentage, not both"),
    "kinds.ratio.zero_denominator": ("分母不能为 0", "denominator cannot be 0"),
    "kinds.ratio.numerator_larger": ("分子 {numerator} 大于分母 {denominator}",
                                     "numerator {numerator} is larger than denominator "
                                     "{denominator}"),
    "kinds.series.not_a_mapping": ("请每年填写一个数，如 2025: 301",
                                   "give one value per year, e.g. 2025: 301"),
    "kinds.series.not_a_year": ("{key} 不是年份", "{key} is not a year"),
    "kinds.series.too_many_days": ("{year} 年只有 {days} 天，不能是 {value}",
                                   "{year} has {days} days, not {value}"),
    "kinds.series.too_many_days_so_far": ("{year} 年截至评估日期 {on} 只有 {days} 天，不能是 {value}",
                                          "{year} has {days} days up to the assessment date {on}, "
                                          "not {value}"),
    "kinds.series.not_a_year_row": ("{key} 这一行不是某一年的行", "the row for {key} is not a year's row"),
    "kinds.metrics.not_a_mapping": ("请按监测项编号逐项填写，如 rooms_adults: 2.1%",
                                    "give each measure by its id, e.g. rooms_adults: 2.1%"),
    "kinds.metrics.unknown_measure": ("不认识的监测项 {key}；应为 {expected}",
                                      "unknown measure {key}; expected {expected}"),
    "kinds.negative": ("{value} 是负数：本标准的数值（比率、分贝、天数、个数、面积、浓度）都不会小于 0",
                       "{value} is negative: no figure of the standard (a rate, dB(A), days, a count, "
                       "an area, a concentration) is below 0"),
    "kinds.whole_unit": ("whole: true 表示数值是计数，须写出所计的单位（zh 和 en 都写，如 {zh: 人, en: staff}），"
                         "不能是百分比", "whole: true means the value counts things: name them in "
                         "the unit (both zh and en, like {zh: 人, en: staff}), not a percentage"),
    "kinds.whole_unit_hint": ("百分比、分贝等可带小数的数值不要写 whole",
                              "leave whole out for values that take decimals (percentages, dB(A))"),
    "kinds.negative_hint": ("请核对数值，去掉误输入的负号", "check the figure; remove a minus sign typed by mistake"),
    "kinds.series.negative": ("{year} 年的数值 {value} 是负数：本标准的数值都不会小于 0",
                              "{year}: {value} is negative; no figure of the standard is below 0"),
    "kinds.series.days_not_whole": ("{year} 年的天数应为整数，不能是 {value}",
                                    "{year}: a number of days is whole, not {value}"),
    "kinds.series.days_hint": ("请填写全年达标的天数，如 301", "give the whole number of days, e.g. 301"),
    "kinds.metrics.negative": ("{key} 不能为负数", "{key} cannot be negative"),
    "kinds.grade.one_grade": ("请填写一个等级", "give one grade"),
    "kinds.grade.not_on_scale": ("{value} 不是等级表 {scale} 中的等级",
                                 "{value} is not a grade of the scale {scale}"),
    "kinds.inspection.bad_result": ("{value} 不是检查结果：请填写 达标、基本达标 或 不达标",
                                    "{value} is not an inspection result: write 达标, 基本达标 or "
                                    "不达标"),
    "kinds.document.absolute": ("{path} 是绝对路径；请填写相对于证据文件夹的路径",
                                "{path} is an absolute path; give it relative to the evidence "
                                "folder"),
    "kinds.document.outside": ("{path} 指向证据文件夹之外", "{path} points outside the evidence folder"),
    "kinds.document.colon": ("{path} 不是证据文件夹内的路径：文件名中不能有“:”",
                             "{path} is not a path inside the evidence folder: a name cannot "
                             "hold ':'"),
    "kinds.document.unknown": ("不认识的文件 {key}；应为 {expected}",
                               "unknown document {key}; expected {expected}"),
    # --- results: measured, required, gap ---------------------------------------------------
    "kinds.gap.below_points": ("还差 {amount} 个百分点", "{amount} percentage points short"),
    "kinds.gap.above_points": ("超出 {amount} 个百分点", "{amount} percentage points over"),
    "kinds.gap.below": ("还差 {amount}", "{amount} short"),
    "kinds.gap.above": ("超出 {amount}", "{amount} over"),
    "kinds.ratio.numerator": ("达标数", "compliant"),
    "kinds.ratio.denominator": ("总数", "total"),
    "kinds.ratio.describe": ("{figure}（{numerator} ÷ {denominator}）",
                             "{figure} ({numerator} / {denominator})"),
    "kinds.ratio.measured": ("{value}（{numerator}/{denominator}）",
                             "{value} ({numerator}/{denominator})"),
    "kinds.bare_percentage": ("只报了百分比，未报{numerator}和{denominator}，可核查性较低",
                              "a bare percentage: give {numerator} and {denominator} so it can be "
                              "audited"),
    "kinds.series.describe": ("最近 {years} 年每年 {figure}", "each of the latest {years} year(s) {figure}"),
    "kinds.series.describe_share": ("最近 {years} 年每年 {figure}，按全年天数折算",
                                    "each of the latest {years} year(s) {figure}, as a share of "
                                    "the year's days"),
    "kinds.series.measured_share": ("{year}年 {value}{unit}（{percent}%）",
                                    "{year}: {value} {unit} ({percent}%)"),
    "kinds.series.measured": ("{year}年 {value}", "{year}: {value}"),
    "kinds.missing_years": ("缺少 {years} 年的数据（需要最近 {count} 年）",
                            "no value for {years} (the latest {count} years are needed)"),
    "kinds.no_events.not_an_incident": (
        "“{text}”不是一起事件的写法：每起事件要写日期和经过",
        "'{text}' is not an incident as written: each gives its date and what happened",
    ),
    "kinds.no_events.incident_hint": (
        "写成“2025-06-14：经过”，多起用“；”分隔；没有发生的填“无”",
        "write '2025-06-14: what happened', several separated by ';'; if none happened, write 无",
    ),
    "kinds.no_events.in_year": ("评估年度内无", "none in the assessment year"),
    "kinds.no_events.in_years": ("近 {years} 年内无", "none in the last {years} years"),
    "kinds.no_events.future": ("事件日期 {date} 晚于评估日期 {on}",
                               "incident dated {date}, after the assessment date {on}"),
    "kinds.no_events.incident": ("{date}：{description}", "{date}: {description}"),
    "kinds.no_events.incident_at": ("{date}：{description}（{place}）",
                                    "{date}: {description} ({place})"),
    "kinds.no_events.outside": ("另有 {count} 起事件在评估时段之外，不计入",
                                "{count} more incident(s) fall outside the window"),
    "kinds.no_events.gap": ("时段内发生 {count} 起", "{count} incident(s) in the window"),
    "kinds.no_events.measured": ("{count} 起", "{count} incident(s)"),
    "kinds.grade.describe": ("{figure} 或更好（{scale}）", "{figure} or better ({scale})"),
    "kinds.grade.gap": ("差 {count} 个等级", "{count} grade(s) short"),
    "kinds.grade.required": ("{figure} 或更好", "{figure} or better"),
    "kinds.metrics.limit": ("{title} ≤ {limit}", "{title} ≤ {limit}"),
    "kinds.missing_measures": ("缺少监测项：{measures}", "measures not reported: {measures}"),
    "kinds.metrics.over": ("{title} {value}，限值 {limit}（{multiple} 倍）",
                           "{title} {value}, limit {limit} ({multiple}×)"),
    "kinds.metrics.gap": ("{count} 项超标，最差的{title}为限值的 {multiple} 倍",
                          "{count} over the limit; worst {title} at {multiple}× its limit"),
    "kinds.metrics.measured": ("最差：{title} {value}", "worst: {title} {value}"),
    "kinds.metrics.required": ("{count} 项均不超过限值", "all {count} measures within limits"),
    "kinds.document.describe": ("文件齐全：{titles}", "all present: {titles}"),
    "kinds.document_missing": ("{title}：{file} 不存在", "{title}: {file} not found"),
    "kinds.document_not_given": ("{title}：未提供", "{title}: not given"),
    "kinds.document.gap": ("缺 {count} 份文件", "{count} document(s) missing"),
    "kinds.document.measured": ("{present}/{total} 份", "{present} of {total}"),
    "kinds.document.required": ("{total} 份齐全", "all {total} present"),
    "kinds.inspection.describe": ("现场检查达标", "on-site inspection meets the standard"),
    "kinds.inspection.pass": ("达标", "meets the standard"),
    "kinds.inspection.partial": ("基本达标", "basically meets"),
    "kinds.inspection.fail": ("不达标", "does not meet"),
    "kinds.inspection.gap": ("{result}，发现问题 {count} 处", "{result}; findings: {count}"),
    "kinds.inspection.gap_points": ("{result}，发现问题 {count} 处，涉及检查要点 {points}",
                                    "{result}; findings: {count}, against checklist points "
                                    "{points}"),
    "kinds.inspection.finding": ("{problem}", "{problem}"),
    "kinds.inspection.finding_at": ("{place}：{problem}", "{place}: {problem}"),
    "kinds.inspection.finding_point": ("【要点{point}：{item}】{finding}",
                                       "[point {point}: {item}] {finding}"),
    "kinds.inspection.sample": ("抽查：{sample}", "sample: {sample}"),
    "kinds.inspection.field.date": ("检查日期", "the date of the inspection (date)"),
    "kinds.inspection.field.sample": ("抽查范围", "what was inspected (sample)"),
    "kinds.inspection.nothing_sampled": (
        "抽查范围“{sample}”表示没有抽查任何地点：没有抽查，就没有检查结果",
        "the sample '{sample}' says nothing was inspected: without a sample there is no "
        "inspection result"),
    "kinds.inspection.nothing_sampled_hint": (
        "请写明实际抽查的数量与范围，如 sample: 抽查主次干道 24 条、街巷 60 条；尚未检查的，检查后再填报",
        "write how much was actually inspected, e.g. sample: 24 main roads and 60 lanes; if "
        "nothing has been inspected yet, report the item once it has"),
    "kinds.inspection.incomplete": ("检查结果缺少{missing}", "the inspection result lacks {missing}"),
    "kinds.inspection.incomplete_hint": (
        "请写明检查日期和抽查的数量与范围，如 date: 2010-10-20、sample: 抽查主次干道 24 条、街巷 60 条",
        "give the date and how much was inspected, e.g. date: 2010-10-20 and sample: 24 main "
        "roads and 60 lanes"),
    "kinds.inspection.no_findings": ("检查结果为{result}，但未列出发现的问题",
                                     "the result is {result} but no finding is listed"),
    "kinds.inspection.no_findings_hint": (
        "请在 findings 下逐条写明发现的问题（problem）及其地点（place），可注明违反的检查要点"
        "（point：要点序号）",
        "list each problem found (problem) with its place (place) under findings, optionally "
        "with the checklist point it breaks (point: its number)"),
    "kinds.inspection.bad_point": (
        "问题“{problem}”所注检查要点“{point}”不在本指标的检查要点中（共 {count} 条）：请填写要点序号"
        "（1 至 {count}）或照抄要点原文",
        "the finding \"{problem}\" names checklist point \"{point}\", which this indicator does "
        "not have (it has {count}): give the point's number (1 to {count}) or its exact text"),
    # --- the assessment ---------------------------------------------------------------------
    "kinds.not_reported": ("未报送证据", "no evidence reported"),
    "kinds.waiver_only": ("仅有豁免声明，未报送数据", "a waiver but no data reported"),
    "kinds.invalid": ("证据无效：{problem}", "evidence unusable: {problem}"),
    "kinds.not_applicable": ("不适用：{reason}", "not applicable: {reason}"),
    "kinds.stale": ("数据日期 {date} 距评估日已 {age} 天，超过 {max_age} 天的时效，需更新",
                    "data dated {date} is {age} days old, more than the {max_age} allowed: "
                    "update it"),
    "kinds.undated": ("没有写明数据日期（数据截止日期，as_of），无法确认数据是否在时效内：请补写数据日期",
                      "no date for this data (its as_of), so whether it is current cannot be "
                      "told: give the date the data describes"),
    "kinds.after_assessment_date": ("数据日期 {date} 晚于评估日 {on}",
                                    "data dated {date} is after the assessment date {on}"),
    "kinds.waiver_applied": ("已豁免至 {expires}（{approved_by} 批准）：{justification}；"
                             "仅在计入豁免的得分中不计，申报结论仍按实际情况判定",
                             "waived until {expires} (approved by {approved_by}): "
                             "{justification}; left out of the score shown with waivers; the "
                             "verdict stands on the evidence"),
    "kinds.waiver_unused": ("豁免有效期至 {expires}，但该指标已达标，按实际情况计分",
                            "a waiver is in force until {expires}, but the indicator passes: "
                            "scored as it stands"),
    "kinds.waiver_expired": ("豁免已于 {expires} 到期，不再适用，按实际情况计分",
                             "the waiver expired on {expires} and no longer applies: scored as it "
                             "stands"),
    "kinds.condition.not_met": ("{item}：未达标", "{item}: not met"),
    "kinds.condition.not_met_gap": ("{item}：未达标（{gap}）", "{item}: not met ({gap})"),
    "kinds.condition.undetermined": ("{item}：无法判定（{status}）",
                                     "{item}: cannot be judged ({status})"),
    "kinds.condition.count": ("{passing}/{total} 项达标（需 {count} 项）",
                              "{passing} of {total} met ({count} needed)"),
    "kinds.condition.too_far": ("{item}：未达标，为限值的 {multiple} 倍（允许不超过 {limit} 倍）",
                                "{item}: not met, {multiple}× its limits (at most {limit}× "
                                "allowed)"),
    "kinds.verdict.condition": ("基本条件 {id} {title}：{status}",
                                "basic condition {id} {title}: {status}"),
    "kinds.verdict.veto": ("否决项 {item} 未通过（{status}）", "veto item {item} not passed ({status})"),
    "kinds.verdict.score": ("总得分率 {percent}%，低于 {floor}%",
                            "overall score {percent}%, below {floor}%"),
    "kinds.verdict.section": ("{id} {title} 得分率 {percent}%，低于 {floor}%",
                              "{id} {title} at {percent}%, below {floor}%"),
    "kinds.verdict.ready": ("全部基本条件满足，否决项通过，总分和各部分得分率均达到要求",
                            "all basic conditions met, veto items passed, overall and section "
                            "scores above the floors"),
    # --- filling in: template comments, `criteria show` examples, the Excel form -------------
    "kinds.guide.no_unit": ("无", "none"),
    "kinds.guide.ratio_unit": ("分子：{numerator}；分母：{denominator}",
                               "numerator: {numerator}; denominator: {denominator}"),
    "kinds.guide.ratio_required": ("{figure}（分子 ÷ 分母）", "{figure} (numerator / denominator)"),
    "kinds.form.ratio_unit": ("F 列填分子：{numerator}；G 列填分母：{denominator}",
                              "column F: the numerator, {numerator}; column G: the denominator, "
                              "{denominator}"),
    "kinds.guide.series_unit": ("{unit}（每年一个数）", "{unit} (one value a year)"),
    "kinds.form.year_label": ("{title}（{year}年）", "{title} ({year})"),
    "kinds.guide.no_events_unit": ("事件清单（日期、描述）", "list of incidents (date, description)"),
    "kinds.guide.no_events_example": (
        "{{incidents: []}}（无事件）或 {{incidents: [{{date: {year}-06-14, description: 事件经过}}]}}",
        "{{incidents: []}} (none) or {{incidents: [{{date: {year}-06-14, description: what "
        "happened}}]}}"),
    "kinds.form.no_events_unit": ("F 列填“无”，或逐起写“日期：经过”，以“；”分隔",
                                  "column F: 无 (none), or each incident as 日期：经过 (date: what "
                                  "happened), separated by ；"),
    "kinds.guide.grade_unit": ("等级：{scale}", "grade: {scale}"),
    "kinds.guide.metrics_unit": ("见各监测项", "see each measure"),
    "kinds.guide.metrics_limit": ("{id}（{title}）≤ {limit}", "{id} ({title}) ≤ {limit}"),
    "kinds.guide.metrics_required": ("各项均不超过限值：{limits}", "each within its limit: {limits}"),
    "kinds.form.sub_label": ("{title}：{part}", "{title}: {part}"),
    "kinds.guide.document_unit": ("文件（放在证据文件夹内的附件）",
                                  "documents (attachments inside the evidence folder)"),
    "kinds.guide.document_id": ("{id}（{title}）", "{id} ({title})"),
    "kinds.guide.document_required": ("文件齐全：{documents}", "all present: {documents}"),
    "kinds.form.document_required": ("须提供：{title}", "required: {title}"),
    "kinds.form.document_unit": ("F 列填附件路径（证据文件夹内）；G 列填印发日期",
                                 "column F: the attachment's path (inside the evidence folder); "
                                 "column G: the date it was issued"),
    "kinds.guide.inspection_any": ("现场检查", "on-site inspection"),
    "kinds.guide.inspection_point": ("（{number}）{item}", "({number}) {item}"),
    # a form cell's finding headed by its checklist point (forms are filled in Chinese)
    "kinds.form.point_mark": ("【要点{point}】", "【要点{point}】"),
    "kinds.form.point_word": ("要点", "point"),
    "kinds.guide.inspection_unit": ("检查结果：{results}", "inspection result: {results}"),
    "kinds.guide.inspection_required": ("达标（检查要点：{checklist}）",
                                        "达标 (meets the standard; inspectors look at: "
                                        "{checklist})"),
    "kinds.guide.inspection_example": (
        "{{result: 基本达标, date: {year}-10-20, sample: 抽查 20 处, findings: [{{point: 1, "
        "place: 某路口, problem: 对照要点（1）发现的问题}}]}}",
        "{{result: 基本达标, date: {year}-10-20, sample: 抽查 20 处, findings: [{{point: 1, "
        "place: 某路口, problem: 对照要点（1）发现的问题}}]}}"),
    "kinds.form.inspection_unit": (
        "F 列填检查结果；G 列填检查日期；H 列填抽查范围；I 列填发现的问题，可在问题前注明违反的检查要点，"
        "如 【要点2】建设路口：占道经营",
        "column F: the result; column G: the date of the inspection; column H: what was "
        "inspected; column I: the findings, each optionally headed by the checklist point it "
        "breaks, e.g. 【要点2】建设路口：占道经营"),
    # --- `nsc-check criteria kinds` -----------------------------------------------------------
    "kinds.doc.rule": ("规则（写在标准包中）：", "Rule (in the pack):"),
    "kinds.doc.rule_why": ("规则（{why}）：", "Rule ({why}):"),
    "kinds.doc.passing": ("达标的证据（写在部门文件中）：", "Passing evidence (in a department's file):"),
    "kinds.doc.passing_why": ("达标的证据（{why}）：", "Passing evidence ({why}):"),
    "kinds.doc.failing": ("不达标的证据：", "Failing evidence:"),
    "kinds.doc.failing_why": ("不达标的证据（{why}）：", "Failing evidence ({why}):"),
    "kinds.doc.threshold": (
        "threshold（单一数值）：一个带单位的数值，与规则的标准值比较。\n\n"
        "规则给出比较方式（>=、<=、==、>、<）和标准值；噪声等越低越好的指标用 <=。数值可以带单位"
        "（96.5%、71.4 dB(A)），也可以只写数字；单位与规则不符时报错。规则写 whole: true 时，数值是计数"
        "（人、家、次），须为整数（5.5 人会被拒绝）。",
        "threshold: one figure with its unit, compared with the rule's figure.\n\n"
        "The rule names an operator (>=, <=, ==, >, <) and a figure; lower-is-better figures "
        "such as noise use <=. A value may carry its unit (96.5%, 71.4 dB(A)) or be a bare "
        "number; a different unit is an error. With whole: true in the rule the value counts "
        "things (staff, outlets, renewals) and must be whole (5.5 人 is refused)."),
    "kinds.doc.threshold.failing": ("差距显示为“超出 1.4 dB(A)”", "the gap reads 超出 1.4 dB(A)"),
    "kinds.doc.ratio": (
        "ratio（比率）：填写分子和分母，计算出百分比后与标准值比较。\n\n"
        "请填写分子和分母，便于核查；只填百分比也可以，但会提示可核查性较低（只写不大于 1 的数，"
        "如 0.961，会被当作可能写成了小数而拒绝：请写 96.1%，确实不到百分之一时写 0.8%）。分子不能"
        "大于分母，两者都不能为负数。计数（单位数、人数、样本数）须为整数；规则写 decimals: true "
        "时，分子分母是可带小数的量（如以万平方米计的面积）。",
        "ratio: counts (numerator of denominator), computed as a percentage and compared with "
        "the figure.\n\n"
        "Give the counts so the figure can be audited; a bare percentage is accepted but "
        "reported as less auditable (a bare number of at most 1, such as 0.961, is refused as a "
        "likely fraction: write 96.1%, or 0.8% when it truly is below one percent). The "
        "numerator cannot exceed the denominator, and neither is negative. Counts of things "
        "(premises, people, samples) are whole; a rule whose numerator and denominator are "
        "quantities (an area in 万平方米) says decimals: true and takes decimals."),
    "kinds.doc.ratio.failing": ("98.9%，差距显示为“还差 1.1 个百分点”",
                                "98.9%, the gap reads 还差 1.1 个百分点"),
    "kinds.doc.series": (
        "series（逐年数值）：每年一个数；最近 years 年的每一年都须达到标准值。\n\n"
        "规则写 days_to_share: true 时，每个数是天数，先按当年天数（365 或 366 天）折算成百分比，"
        "再与百分比标准值比较，例如空气质量优良天数。评定的是评估日已经结束的年份：数据须报到评估日"
        "期应报的最近一年（评估日为 12 月 31 日时为当年，否则为上一年），缺了这一年即为“数据过期”，"
        "并指明缺哪一年；尚未结束的年份可以一并填写，按截至评估日的天数折算后仅供参考，不代替已结束"
        "的年份评定。每个数按数据截至日期（as_of）统计：天数不能多于截至该日已过的天数，晚于该日的"
        "年份会被拒绝；只统计到年中的一年不能当作全年评定（天数已达到全年要求的除外）。同一年只能写"
        "一次（2025 和 2025年 是同一年）。晚于评估日期的年份会被拒绝。",
        "series: one value per year; the latest `years` years reported must each meet the "
        "figure.\n\n"
        "With days_to_share: true each value is a number of days, turned into a share of that "
        "year (365 or 366 days) before it is compared with a figure in percent: days of good "
        "air, for example. The years judged are those over by the assessment date: a series "
        "must reach the latest year the assessment date makes due (the assessment year on 31 "
        "December, else the year before); without it the item is stale, naming the year. A "
        "year not over may be given too: its days so far are shown as a share for information, "
        "never judged instead of the year over. Each value counts up to the date the figures "
        "are as of (as_of): a count of days larger than the days passed by then is refused, so "
        "is a year after it, and a year counted only part-way is not judged as a whole year "
        "(unless its days already meet the whole year's figure). Each year is given once (2025 "
        "and 2025年 are the same year). A year after the assessment date is refused."),
    "kinds.doc.series.passing": ("365 天中 301 天 = 82.47%", "301 of 365 days = 82.47%"),
    "kinds.doc.series.failing": ("365 天中 250 天 = 68.49%，差距显示为“还差 1.51 个百分点”",
                                 "250 of 365 days = 68.49%, the gap reads 还差 1.51 个百分点"),
    "kinds.doc.no_events": (
        "no_events（无事件）：事件清单；规则时段内没有事件即为达标。\n\n"
        "时段为评估日前 window_years 年；规则写 window: year 时为评估日所在的自然年。每起事件写"
        "日期和经过；空清单也是一种报告（“无”），其日期取该条目的 as_of。时段之外的事件会列出但不"
        "计入；晚于评估日期的事件会报错。",
        "no_events: a list of incidents; passes when none falls inside the rule's window.\n\n"
        "The window is the window_years years before the assessment date, or with window: year "
        "the calendar year of the assessment. Each incident has a date and a description; an "
        "empty list is a claim too (\"none\"), dated by the entry's as_of. Incidents outside the "
        "window are listed but do not count; an incident dated after the assessment date is an "
        "error."),
    "kinds.doc.grade": (
        "grade（等级）：规则给出的等级表（从好到差）上的一个等级；达到标准等级或更好即为达标。\n\n"
        "比较前会整理写法：全角字母、罗马数字符号（Ⅳ）、结尾的“类”或“级”（IV类）、大小写均可。",
        "grade: a grade on an ordinal scale that the rule names, best first; passes at the "
        "figure or better.\n\n"
        "Grades are matched after tidying what people write: full-width letters, Roman numeral "
        "signs (Ⅳ), a trailing 类 or 级 (IV类), upper or lower case."),
    "kinds.doc.grade.failing": ("差距显示为“差 1 个等级”", "the gap reads 差 1 个等级"),
    "kinds.doc.metrics": (
        "metrics（多项监测）：若干监测项，各有上限；每一项都不得超过限值。\n\n"
        "结果给出最差一项为其限值的倍数（1.8 表示超出 80%），基本条件 B05（第四种病媒生物不超过"
        "标准的 3 倍以内）据此判定。限值为 0 的项目（如直接入口食品场所不得有蝇）超过 0 即不达标，"
        "且不能以倍数计，B05 视其超出任何倍数。一项可以写 instead_of，作为另一项的替代监测方法"
        "（如夹夜法代替粉迹法）：两者至少填一项，填了的都要判定，未用的一项可留空。监测项写 whole: true "
        "时是计数（如有蝇房间数），须为整数。",
        "metrics: several monitored measures, each with its upper limit; every one must be "
        "within it.\n\n"
        "The result reports the worst measure as a multiple of its limit (1.8 means 80% over), "
        "which the basic condition B05 reads (\"the fourth vector within 3× of the criteria\"). "
        "A measure with a limit of 0 (no flies where ready-to-eat food is sold) fails at any "
        "value over 0 and has no finite multiple: B05 counts it as beyond any multiple. A "
        "measure may stand instead_of another (the snap-trap rate instead of the powder-patch "
        "rate): at least one of the two is reported, each one reported is judged, and the one "
        "not used may be left empty. A measure with whole: true counts things (rooms with "
        "flies) and must be whole."),
    "kinds.doc.metrics.failing": ("最差：卵鞘查获率，为限值的 1.75 倍",
                                  "worst: 卵鞘查获率 1.75× its limit"),
    "kinds.doc.document": (
        "document（文件）：规定的文件，每份都须是证据文件夹中确实存在的附件。\n\n"
        "规则按编号列出所需文件。证据为每份文件填写相对于证据文件夹的路径，知道的话再填印发日期。"
        "只有文件确实存在才计入；部分齐全为“基本达标”。路径不能指向证据文件夹之外。\n\n"
        "每份文件按自己的日期和有效期判定（规则中每份文件的 valid_for），新文件不能替旧文件作证："
        "standing（默认，长期有效，如法规）按印发日期与该项的 max_age_days 比较；year（年度文件，"
        "如当年工作计划、预算、总结）须为评估年度印发；period（规划期文件，如五年规划）在其覆盖"
        "的年份内有效（证据写 period: 2021-2025，或从印发年份起算 period_years 年）。year 或 "
        "period 文件没有日期时无法证明仍有效，记为“数据过期”；报告指明哪份文件已过期。",
        "document: required documents, each an attachment that exists under the evidence "
        "folder.\n\n"
        "The rule lists the documents by id. The evidence names a file for each, relative to "
        "the evidence folder, with its issue date if known. A document is counted only when its "
        "file exists; some but not all present is partial. Paths must stay inside the evidence "
        "folder.\n\n"
        "Each document is judged by its own date and validity (valid_for, per document in the "
        "rule), so one fresh file never vouches for an old one: standing (the default, such as a "
        "regulation) is aged by its issue date against the item's max_age_days; year (this "
        "year's work plan, budget, summary) must be issued in the assessment year; period (a "
        "five-year plan) is current for the years it covers (period: 2021-2025 in the evidence, "
        "or period_years from its issue year). A year or period document without a date cannot "
        "be shown current: stale. The report names each document that is not current."),
    "kinds.doc.document.failing": ("文件不存在", "the file is not there"),
    "kinds.doc.inspection": (
        "inspection（现场检查）：现场检查结果，分为达标、基本达标、不达标。\n\n"
        "证据须给出检查日期（即数据日期，检查过久会过期）和抽查范围（抽查的街道、单位或场所数量）；"
        "基本达标和不达标须列出至少一处发现的问题，每个问题写明地点，并可注明违反的检查要点"
        "（point：要点序号或原文）。发现的问题按检查要点归组列入差距清单。规则列出检查要点（checklist）。",
        "inspection: an on-site inspection graded 达标 (pass), 基本达标 (partial) or 不达标 "
        "(fail).\n\n"
        "The evidence must give the date (the data date, so an old inspection goes stale) "
        "and the sample inspected (how many streets, units or sites); 基本达标 and 不达标 must "
        "list at least one finding, each with its place and optionally the checklist point it "
        "breaks (point: its number or its text). Findings appear in the gap report grouped by "
        "checklist point. The rule lists what inspectors look at (checklist)."),
    "kinds.doc.inspection.failing": ("部分得分", "partial credit"),
    # series: the years judged are those over by the assessment date; the data's own date
    "kinds.series.year_after_as_of": (
        "{year} 年晚于这组数据的截止日期 {as_of}，那时这一年还没有开始",
        "{year} is after the date these figures are as of ({as_of}): the year had not begun"),
    "kinds.series.too_many_days_as_of": (
        "{year} 年截至数据日期 {as_of} 只过了 {days} 天，不能是 {value}",
        "{year} had only {days} days by the date these figures are as of ({as_of}), not "
        "{value}"),
    "kinds.series.as_of_hint": (
        "请核对数据截至日期（as_of）和这一年的数值：as_of 写的是这些数统计到哪一天",
        "check the date the figures are as of (as_of) and the year's value: as_of is the day "
        "they were counted up to"),
    "kinds.series.year_not_counted": (
        "{year} 年的数值只统计到 {as_of}，还不是全年的数，不能据此评定；请填报 {year} 年全年的数值，"
        "并把数据截至日期（as_of）改为统计截止的日期",
        "the value for {year} is counted only up to {as_of}, not the whole year, and cannot be "
        "judged; give the whole year's value and the date it is as of (as_of)"),
    "kinds.series.year_in_progress_share": (
        "{year} 年尚未结束：截至 {on} 的 {days} 天中 {value} 天（{percent}%），仅供参考，"
        "按已结束的 {due} 年评定",
        "{year} is not over: {value} of its {days} days up to {on} ({percent}%), for "
        "information only; judged on {due}, the latest year over"),
    "kinds.series.year_in_progress": (
        "{year} 年尚未结束：截至 {on} 为 {value}，仅供参考，按已结束的 {due} 年评定",
        "{year} is not over: {value} up to {on}, for information only; judged on {due}, the "
        "latest year over"),
}
