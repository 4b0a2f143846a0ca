"""Messages of the Excel collection forms (`nsc-check form export|import`), and the texts of the
form itself (`forms.col.*`, `forms.guide.*`, …: the form is always in Chinese, for the clerks who
fill it in; the en texts are for reading this catalogue and for `--lang en` messages)."""

TEXTS: dict[str, tuple[str, str]] = {
    # ---- the form itself: tabs, columns, titles, the instructions sheet
    "forms.tab.guide": ("填表说明", "Instructions"),
    "forms.tab.city": ("城市基本情况", "City"),
    "forms.col.key": ("键", "key"),
    "forms.col.id": ("编号", "id"),
    "forms.col.title": ("项目", "item"),
    "forms.col.unit": ("单位 / 填写说明", "unit / how to fill in"),
    "forms.col.required": ("要求", "requirement"),
    "forms.col.value": ("填报值", "value"),
    "forms.col.second": ("分母 / 日期", "denominator / date"),
    "forms.col.sample": ("抽查范围", "sample"),
    "forms.col.findings": ("发现问题（【要点N】地点：问题；……）", "findings ([point N] place: problem; …)"),
    "forms.col.as_of": ("数据日期", "data date"),
    "forms.col.not_applicable": ("不适用原因", "reason not applicable"),
    "forms.col.note": ("备注", "note"),
    "forms.citycol.key": ("键", "key"),
    "forms.citycol.title": ("项目", "item"),
    "forms.citycol.explain": ("说明", "explanation"),
    "forms.citycol.value": ("填报值", "value"),
    "forms.city.name.zh": ("城市名称（中文）", "city name (Chinese)"),
    "forms.city.name.en": ("城市名称（英文）", "city name (English)"),
    "forms.city.name": ("城市名称", "city name"),
    "forms.city.assessment_date": ("评估日期", "assessment date"),
    "forms.city.built_up_area_km2": ("建成区面积（平方公里）", "built-up area (km²)"),
    "forms.city.population": ("建成区人口（人）", "built-up population"),
    "forms.city.latitude": ("纬度（度）", "latitude (degrees)"),
    "forms.city.province": ("所在省份", "province"),
    "forms.city.properties": ("城市属性", "city properties"),
    "forms.city.property": ("城市属性：{name}", "city property: {name}"),
    "forms.city_explain.name.zh": ("必填，如：示例市", "required, e.g. 示例市"),
    "forms.city_explain.name.en": ("可不填", "optional"),
    "forms.city_explain.assessment_date": (
        "必填，如 2025-12-31；各项数据不得晚于此日期",
        "required, e.g. 2025-12-31; no data may be dated after it",
    ),
    "forms.city_explain.latitude": (
        "部分指标的标准值与之有关，如 36.7",
        "some figures depend on it, e.g. 36.7",
    ),
    "forms.city_explain.other": ("市爱卫办填写", "filled in by the office"),
    "forms.city_title": ("城市基本情况（市爱卫办填写）", "The city (filled in by the office)"),
    "forms.city_title_readonly": (
        "城市基本情况（由市爱卫办填写，本表只读，各部门不必填写）",
        "The city (filled in by the office; read-only here)",
    ),
    "forms.dept_title": ("{department} 证据采集表（{pack}）", "{department}: evidence form ({pack})"),
    "forms.as_of_label": ("数据截止日期（必填，各项默认）", "data as of (required, for every item)"),
    "forms.as_of_explain": (
        "必填，如 2025-11-30（无日期的数据不计为达标）；某项另有日期的填在“数据日期”列",
        "required, e.g. 2025-11-30: data without a date cannot be told current and never counts "
        "as met; an item of another date gives it in its own column",
    ),
    "forms.contact_label": ("联系人及电话", "contact and telephone"),
    "forms.contact_explain": ("如：张三 0531-12345678", "e.g. a name and a telephone number"),
    "forms.footer": (
        "填报人：__________    审核人：__________    联系电话：______________    日期：________",
        "Filled in by: ____  Checked by: ____  Telephone: ____  Date: ____",
    ),
    "forms.page": ("第 &P 页，共 &N 页", "page &P of &N"),
    "forms.check.list": ("请从下拉列表中选择", "choose from the list"),
    "forms.check.number": ("请填写数字", "enter a number"),
    "forms.check.non_negative": ("请填写不小于 0 的数字", "enter a number of at least 0"),
    "forms.guide.title": ("填表说明（{pack}）", "How to fill in this form ({pack})"),
    "forms.guide.1": (
        "一、只在浅黄色单元格中填写；其他单元格已锁定。每个工作表对应一个部门，标签可以改名，不影响导入。",
        "1. Fill in the light yellow cells only; the others are locked. Each sheet is one department's; "
        "its tab may be renamed.",
    ),
    "forms.guide.2": (
        "二、“填报值”只填数字，单位见“单位 / 填写说明”列。单位为 % 的行，填报值单元格已设为百分比格式：填"
        " 86.2 即显示为 86.2%，以单元格显示的百分数为准；不要去掉百分比格式后填 0.862 这样的小数。",
        "2. Values: numbers only, in the unit the unit column gives. Where the unit is %, the cell is "
        "formatted as a percentage: type 86.2 and it shows 86.2%, which is what is read; never a "
        "fraction such as 0.862 in a cell without that format.",
    ),
    "forms.guide.3": (
        "三、“不适用原因”（K 列）只在本项确实不适用时填写理由，如“本市无此类设施”；本项适用的，K 列留空，"
        "不要填“无”“否”“/”。不适用的项目不要在“填报值”列填“不适用”。",
        "3. Column K (reason not applicable) only for a real reason the item does not apply; if it "
        "applies, leave K empty (never 无, 否 or /). Never type 不适用 as a value.",
    ),
    "forms.guide.4": (
        "四、日期写成 2025-12-31 或 2025年12月31日；任何日期都不得晚于评估日期。",
        "4. Dates as 2025-12-31 or 2025年12月31日, never after the assessment date.",
    ),
    "forms.guide.5": (
        "五、有多年、多项或多份文件的项目分几行填写，每行一项；多处发现问题用“；”分隔，写成“地点：问题”，"
        "可在前面注明违反的检查要点，如“【要点2】建设路口：占道经营”。现场检查须填写检查日期和抽查范围，"
        "基本达标和不达标须填写发现的问题。",
        "5. Items of several years, measures or documents take one row each; findings as place：problem, "
        "separated by ；, each optionally headed by the checklist point it breaks "
        "(【要点2】建设路口：占道经营). An inspection needs its date and sample, and 基本达标 or "
        "不达标 its findings.",
    ),
    "forms.guide.6": (
        "六、不要插入或删除列，不要复制行，不要在表格下方或右侧粘贴其他内容。",
        "6. Do not insert or delete columns, copy rows, or paste anything below or beside the form.",
    ),
    "forms.guide.7": (
        "七、每个单元格的文字不超过 {limit} 字；较长的材料作为附件报送，在表中写附件路径。",
        "7. At most {limit} characters in a cell; longer material goes in an attachment.",
    ),
    "forms.guide.8": (
        "八、填好后请填写表尾的填报人、审核人、联系电话和日期，交回市爱卫办，由其导入（nsc-check form "
        "import）。",
        "8. Sign the line at the end of each sheet and return the workbook to the office, which imports "
        "it (nsc-check form import).",
    ),
    "forms.guide.9": (
        "九、“城市基本情况”表由市爱卫办填写：城市名称、评估日期等。",
        "9. The city sheet (name, assessment date, …) is the office's to fill in.",
    ),
    "forms.guide.department": (
        "十、本工作簿只含一个部门的工作表，其中“城市基本情况”表只读，导入时不读取，各部门的表格可先后导入"
        "，互不影响。",
        "10. This workbook holds one department's sheet; the city sheet is read-only and not imported, "
        "so the departments' forms import one after another.",
    ),
    "forms.guide.tabs": ("各工作表：", "The sheets:"),
    "forms.guide.tab": ("工作表“{tab}”：由{department}填写", "sheet {tab}: filled in by {department}"),
    # ---- the command
    "forms.help.group": (
        "Excel 采集表：导出分发给各部门，填好后导入为证据文件。",
        "Excel forms: hand them out to the departments, import them back as evidence.",
    ),
    "forms.help.export": (
        "导出采集工作簿（给出 EVIDENCE_DIR 时按其中已有证据预填）。",
        "Write a collection workbook, pre-filled from EVIDENCE_DIR when given.",
    ),
    "forms.help.export_short": ("导出采集工作簿", "Write a collection workbook"),
    "forms.help.output": ("要写出的工作簿（.xlsx）。", "The workbook to write."),
    "forms.help.department": (
        "只导出这个部门的工作表（城市基本情况只读）。",
        "Only this department's sheet (the city's shown read-only).",
    ),
    "forms.help.import": (
        "把填好的工作簿导入为证据 YAML（city.yaml 和各部门文件）。有任何单元格无法读取时一个文件也不写（"
        "退出码 2）；要写的文件在导出后被改过时也不写，除非 --force（退出码 1）：文件要么全写，要么全不写"
        "。",
        "Turn a filled workbook into evidence YAML (city.yaml and one file per department). Nothing is "
        "written if any cell cannot be read (exit 2), or if a file to be written changed since the "
        "export, unless --force (exit 1): files are written all or none.",
    ),
    "forms.help.import_short": ("导入填好的工作簿", "Import a filled workbook"),
    "forms.help.into": ("写入的证据文件夹。", "The evidence folder to write into."),
    "forms.help.force": (
        "即使文件在导出后被改过也覆盖。",
        "Overwrite files even when they changed since the form was exported.",
    ),
    "forms.cmd.note": ("注意：{note}", "note: {note}"),
    "forms.cmd.wrote": ("已写出 {file}", "wrote {file}"),
    "forms.cmd.wrote_prefilled": (
        "已写出 {file}（按 {folder} 预填）",
        "wrote {file} (pre-filled from {folder})",
    ),
    "forms.cmd.city_blank": (
        "注意：city.yaml 尚未填好：请在“城市基本情况”表中填写城市名称和评估日期",
        "note: city.yaml is not filled in yet; fill in the city's name and assessment date on the city "
        "sheet",
    ),
    "forms.cmd.wrote_file": ("已写入 {file}", "wrote   {file}"),
    "forms.cmd.refused_file": (
        "未写入 {file}：该文件在导出采集表后被改过",
        "refused {file}: it changed since the form was exported",
    ),
    "forms.cmd.nothing_written": (
        "一个文件也没有写（如确要覆盖上述文件，请加 --force）",
        "nothing was written (use --force to overwrite the files named)",
    ),
    "forms.cmd.nothing_filled": (
        "采集表中没有填写任何内容：未写任何文件",
        "the form holds nothing filled in: no file written",
    ),
    "forms.cmd.already_there": (
        "文件夹中已是采集表所填的内容：未写任何文件",
        "the folder already holds what the form says: no file written",
    ),
    "forms.note.left_blank": (
        "{file}：{item} 不是有效的证据，采集表中该项留空（请运行 nsc-check validate 查看原因）",
        "{file}: {item} is not valid evidence and was left blank in the form (run `nsc-check validate`)",
    ),
    "forms.note.city_sheet_ignored": (
        "这是部门采集表，其中的“{sheet}”表不导入：在该表中所做的修改已被忽略（城市基本情况由爱卫办填写）",
        "this is a department's workbook: its sheet {sheet} is not imported, and the changes made "
        "there were ignored (the city's data is the office's to fill in)",
    ),
    "forms.note.waiver_dropped": (
        "{item}：其豁免不在采集表中，{folder} 中也没有，因此未写入；如仍有效请补回",
        "{item}: its waiver is not on the form and not in {folder}, so it was not written; add it back "
        "if it still applies",
    ),
    # ---- refusals of a workbook
    "forms.workbook_not_found": ("找不到这个工作簿文件", "workbook not found"),
    "forms.not_a_workbook": (
        "无法读取这个工作簿：它不是 Excel（.xlsx）文件，或已损坏",
        "cannot read the workbook: it is not an .xlsx file, or it is damaged",
    ),
    "forms.no_meta": (
        "这个工作簿不是 nsc-check form export 导出的采集表（缺少隐藏的 _meta 工作表）",
        "this workbook was not written by `nsc-check form export` (no _meta sheet)",
    ),
    "forms.old_format": (
        "这个采集表由旧版本的 nsc-check 导出，无法可靠读取",
        "this form was written by an older nsc-check and cannot be read reliably",
    ),
    "forms.meta_overfilled": (
        "隐藏的 _meta 工作表被写入了大量内容，已不是导出时的样子",
        "the _meta sheet has been written into far beyond what the export put there",
    ),
    "forms.other_pack": (
        "这个采集表按评估标准“{exported}”导出，而不是“{given}”",
        "the form was exported for criteria pack '{exported}', not '{given}'",
    ),
    "forms.other_overlays": (
        "这个采集表导出时使用的地方细则是“{exported}”，而不是“{given}”，两者的行不同",
        "the form was exported with the overlays '{exported}', not '{given}': its rows are another set",
    ),
    "forms.none": ("无", "none"),
    "forms.meta_file_twice": (
        "隐藏的 _meta 工作表为两个工作表指定了同一个文件 {file}",
        "the _meta sheet names the file {file} for two sheets",
    ),
    "forms.meta_bad_file": (
        "隐藏的 _meta 工作表指定的文件名“{file}”不是采集表可以写入的文件",
        "the _meta sheet names '{file}', which is not a file name this form writes",
    ),
    "forms.sheet_twice": (
        "工作表 {tabs} 是同一张表（复制出来的？），无法判断以哪一张为准",
        "the sheets {tabs} are the same sheet (copied?), so which one holds the values cannot be told",
    ),
    "forms.sheet_missing": (
        "工作簿中缺少“{sheet}”工作表",
        "the sheet of {sheet} is missing from the workbook",
    ),
    "forms.part_too_large": (
        "工作簿的内容过多（其中一部分解压后约 {size} MB，采集表不会超过 {limit} MB），可能粘贴了大量无关"
        "内容",
        "the workbook holds far too much (one part unpacks to about {size} MB; a form stays under "
        "{limit} MB): something was pasted into it",
    ),
    "forms.too_many_rows": (
        "第 {row} 行已超出采集表的范围（采集表不超过 {limit} 行），可能粘贴了大量无关内容",
        "row {row} is beyond the form (a form ends well before row {limit}): something was pasted far "
        "below it",
    ),
    "forms.too_many_columns": (
        "此格已超出采集表的范围（采集表不超过 {limit} 列），可能粘贴了无关内容",
        "this cell is beyond the form (a form ends well before column {limit}): something was pasted far "
        "to the right",
    ),
    "forms.text_too_long": (
        "此格文字有 {length} 字，超过每格 {limit} 字的上限",
        "this cell holds {length} characters, over the limit of {limit} a cell",
    ),
    "forms.file_too_large": (
        "这个工作表的内容写成证据文件 {file} 会超过 {limit} MB，证据文件不能这么大",
        "this sheet would make the evidence file {file} larger than {limit} MB",
    ),
    "forms.columns_changed": (
        "这个工作表的列被改动过（移动、插入或删除），无法确定各值所在的列",
        "the columns of this sheet were changed (moved, inserted or deleted), so its values cannot be "
        "read",
    ),
    "forms.formula_without_value": ("此格是公式，但没有计算结果", "a formula without a computed value"),
    "forms.row_key_changed": (
        "第 {row} 行不是采集表原有的行（其隐藏的键被改动过），无法读取其中的值",
        "row {row} is not a row of this form (its hidden key was changed), so its values cannot be read",
    ),
    "forms.row_moved": (
        "第 {row} 行的编号是 {shown}，但这一行原本属于 {item}（行被排序、移动或从别处粘贴过），"
        "其中的值不知道属于哪一项",
        "row {row} shows item {shown}, but the row belongs to {item} (rows sorted, moved or pasted "
        "from elsewhere), so whose values these are cannot be told",
    ),
    "forms.rows_deleted": (
        "{item}（{title}）所在的行被删除了：导入会清空该项已报送的数据",
        "the rows of {item} ({title}) were deleted: importing would erase what it reported",
    ),
    "forms.hint.rows_deleted": (
        "不要删除行：不填的项目留空即可；请撤销删除，或在新导出的采集表中重新填写",
        "do not delete rows (leave an item blank instead): undo the deletion, or fill in a freshly "
        "exported form",
    ),
    "forms.cell_not_read": (
        "这一行不填“{column}”（灰色单元格，导入时不读取），填在这里的“{value}”会被忽略",
        "this row has no '{column}' (a grey cell the import does not read): '{value}' here would "
        "be ignored",
    ),
    "forms.hint.cell_not_read": (
        "本行只填 {columns}；数据日期、不适用原因和备注填在该项的第一行",
        "this row takes {columns} only; the data date, reason and note go on the item's first row",
    ),
    "forms.row_copied": (
        "第 {row} 行与另一行（{key}）重复（复制出来的？），无法判断以哪一行为准",
        "row {row} repeats the row of '{key}' (a row copied?), so which one holds the value cannot be "
        "told",
    ),
    "forms.row_key_unreadable": (
        "{item}：这一行不是该项原有的行（年份、指标或文件的隐藏键被改动过）",
        "{item}: this is not one of the item's rows (not a year's row, or its hidden key was changed)",
    ),
    "forms.bad_date": ("“{value}”不是有效的日期", "'{value}' is not a valid date"),
    "forms.date_after": ("日期 {date} 晚于评估日期 {on}", "date {date} is after the assessment date {on}"),
    "forms.city_missing.name": ("请填写城市名称", "the city's name is missing"),
    "forms.city_missing.assessment_date": ("请填写评估日期", "the assessment date is missing"),
    "forms.city_value": ("{field}：{problem}", "{field}: {problem}"),
    "forms.percent_in_city": (
        "此格设为百分比格式，城市基本情况中没有百分比",
        "this cell is formatted as a percentage; nothing on the city sheet is one",
    ),
    "forms.city_not_a_number": ("{field}应填数字，而不是“{value}”", "{field} takes a number, not '{value}'"),
    "forms.no_findings_text": (
        "“{value}”不是发现的问题：“{column}”列只写发现的问题（地点：问题）",
        "'{value}' is not a finding: the column {column} lists problems found (place: problem)",
    ),
    "forms.item_value": ("{item}：{problem}", "{item}: {problem}"),
    # ---- values read as their writer meant them
    "forms.percent_fraction": (
        "{value} 是否应为 {percent}%？这一行的单位是 %，填报值应为百分数",
        "did you mean {percent}% for {value}? This row's unit is %, so its value is a percentage",
    ),
    "forms.percent_shown_too_large": (
        "此格显示为 {shown}，不是 0 到 100 之间的百分比：是否应为 {meant}？",
        "this cell shows {shown}, which is not a percentage between 0 and 100: did you mean {meant}?",
    ),
    "forms.percent_wrong_unit": (
        "此格设为百分比格式（显示为 {shown}），但这一行的单位是 {unit}，不是 %",
        "this cell is formatted as a percentage ({shown}), but this row's unit is {unit}, not %",
    ),
    "forms.percent_not_asked": (
        "此格设为百分比格式（显示为 {shown}），但“{column}”在这一行不填百分比",
        "this cell is formatted as a percentage ({shown}), but {column} takes no percentage in this row",
    ),
    "forms.percent_with_counts": (
        "此格设为百分比格式（显示为 {shown}%），但分母也已填写：分子和分母应填数量",
        "this cell is a percentage ({shown}%) but the denominator is given too: numerator and "
        "denominator are counts",
    ),
    "forms.declaration_in_value": (
        "“{value}”不是“{column}”的值：不适用要在“{na_column}”列填写理由来声明",
        "'{value}' is not a value of {column}: an item that does not apply is declared in the column "
        "{na_column}, with its reason",
    ),
    "forms.not_a_reason": (
        "“{value}”不是不适用的理由：“{na_column}”列只在本项确实不适用时填写理由",
        "'{value}' is not a reason: the column {na_column} is only for a real reason the item does not "
        "apply",
    ),
    "forms.logical_value": (
        "此格是 Excel 的逻辑值 {shown}（是/否），不是“{column}”要填的内容",
        "this cell holds Excel's logical value {shown}, not what {column} takes",
    ),
    "forms.value_and_reason": (
        "{cells} 已填写数值，{reason} 又填写了不适用原因，请二选一",
        "{cells} give a value and {reason} a reason the item does not apply: keep one of them",
    ),
    "forms.na_condition": (
        "{item} 是基本条件，不能声明不适用",
        "{item} is a basic condition and cannot be declared not applicable",
    ),
    "forms.na_veto": (
        "{item} 是一票否决指标，不能声明不适用",
        "{item}: a veto indicator cannot be declared not applicable",
    ),
    "forms.na_rested_on": (
        "{item} 是基本条件 {conditions} 所依据的指标，不能声明不适用",
        "{item} is an indicator basic condition {conditions} rests on; it cannot be declared not "
        "applicable",
    ),
    # ---- writing
    "forms.folder_unreadable": (
        "文件夹中有文件无法读取，无法判断其中有哪些项目；一个文件也没有写",
        "a file in the folder cannot be read, so the import cannot tell which items it holds; nothing "
        "was written",
    ),
    "forms.cannot_take_out": (
        "无法在不改动其他值的情况下从这个文件中移出 {items}（一个文件也没有写）",
        "cannot take {items} out of this file without changing its other values (nothing was written)",
    ),
    "forms.not_a_file": (
        "无法写入：这里已有一个不是文件的东西（一个文件也没有写）",
        "cannot write the file: something that is not a file is there (nothing was written)",
    ),
    # ---- hints
    "forms.hint.give_exported": (
        "请使用 nsc-check form export 导出的 .xlsx 文件，不要改动隐藏的内容",
        "give the .xlsx file written by `nsc-check form export`, as it wrote it",
    ),
    "forms.hint.export_again": (
        "请重新导出采集表（nsc-check form export）后填写",
        "export the form again (nsc-check form export) and fill that in",
    ),
    "forms.hint.same_criteria": ("请使用与导出时相同的 --criteria", "give the same --criteria as at export"),
    "forms.hint.same_overlays": (
        "请使用与导出时相同的 --overlay",
        "give the same --overlay options as at export",
    ),
    "forms.hint.one_sheet": ("只保留一张，删除复制出来的工作表", "keep one of them and delete the copy"),
    "forms.hint.delete_pasted": (
        "请删除粘贴在表格下方或右侧的内容后再交回",
        "delete what was typed or pasted far below or to the right of the form",
    ),
    "forms.hint.text_too_long": (
        "请精简文字，较长的材料作为附件报送，在表中写附件路径",
        "shorten it; hand in long material as an attachment and give its path",
    ),
    "forms.hint.fresh_columns": (
        "请在新导出的采集表中填写，不要插入、删除或移动列",
        "fill in a freshly exported form without changing its columns",
    ),
    "forms.hint.rows_in_place": (
        "不要对表格排序或移动行；请撤销排序，或在新导出的采集表中重新填写",
        "do not sort the form or move its rows: undo the sort, or fill in a freshly exported form",
    ),
    "forms.hint.inspection_incomplete": (
        "请在 G 列（检查日期）写明检查日期，如 2010-10-20；在 H 列（抽查范围）写明抽查的数量与范围，"
        "如“抽查主次干道 24 条、街巷 60 条”",
        "write the date of the inspection in column G (e.g. 2010-10-20) and what was inspected in "
        "column H (e.g. 24 main roads and 60 lanes)",
    ),
    "forms.hint.inspection_findings": (
        "请在 I 列（发现问题）逐条写明“地点：问题”，多处用“；”分隔，可注明违反的检查要点，"
        "如“【要点2】建设路口：占道经营”",
        "list each finding in column I as 'place: problem', separated by '；', optionally with the "
        "checklist point it breaks, e.g. '[point 2] 建设路口: stalls on the road'",
    ),
    "forms.hint.fresh_rows": (
        "请在新导出的采集表的原有行中填写",
        "fill in the rows of a freshly exported form",
    ),
    "forms.hint.one_row": ("每个项目只保留一行", "keep one row for each item"),
    "forms.hint.formula": (
        "请直接填写数值，或用 Excel / WPS 打开并保存后再交回",
        "type the value itself, or open and save the form in Excel or WPS",
    ),
    "forms.hint.date": ("请写成 2025-12-31 或 2025年12月31日", "write it as 2025-12-31"),
    "forms.hint.past": (
        "证据只能反映评估日期之前的情况：请核对这个日期，或城市基本情况中的评估日期",
        "evidence can only describe the past; check the date, or the assessment date",
    ),
    "forms.hint.city": (
        "请在“城市基本情况”表中填写城市名称和评估日期",
        "fill in the city's name and assessment date on the city sheet",
    ),
    "forms.hint.plain_number": (
        "请去掉此格的百分比格式，按这一行的单位填写数字",
        "remove the percentage format and type the number in this row's unit",
    ),
    "forms.hint.percent_fraction": (
        "如是 {percent}%，请填 {percent} 或 {percent}%；如确为 {value}%，请填“{value}%”",
        "if it is {percent}%, type {percent} or {percent}%; if it really is {value}%, type '{value}%'",
    ),
    "forms.hint.percent_shown_too_large": (
        "此格是百分比格式：请输入“{meant}”（带 % 号），单元格会显示为 {meant}",
        "the cell is formatted as a percentage: type '{meant}' with its % sign and it shows {meant}",
    ),
    "forms.hint.counts_or_percent": (
        "请填分子和分母两个数量，或只填一个百分比（分母留空）",
        "give the two counts, or a percentage alone (the denominator empty)",
    ),
    "forms.hint.declare_in_k": (
        "本项如不适用，请把此格留空，在“{na_column}”列（K 列）写明理由；如适用，请填实际数值",
        "if the item does not apply, leave this cell empty and give the reason in {na_column} (column "
        "K); if it applies, give its value",
    ),
    "forms.hint.not_a_reason": (
        "本项如适用，请将 K 列留空并填写填报值；如确不适用，请写明理由，如“本市无此类设施”",
        "if the item applies, leave column K empty and give its value; if it does not, give the reason, "
        "e.g. 'there is no such facility in the city'",
    ),
    "forms.hint.value_or_reason": (
        "本项适用的，请清空“{na_column}”列（K 列）；确不适用的，请清空已填的数值",
        "if the item applies, empty the column {na_column} (K); if it does not, empty the values",
    ),
    "forms.hint.reason_not_word": (
        "K 列填写的是本项为什么不适用：请写明理由，如“本市无此类设施”；本项适用的，请将 K 列留空并填写填报值",
        "column K says why the item does not apply: give the reason, e.g. 'the city has no such "
        "facility'; if the item applies, leave column K empty and give its value",
    ),
    "forms.hint.city_number": ("只填数字，如 36.5；单位见“项目”列", "a number only, e.g. 36.5"),
    "forms.hint.no_findings": ("没有发现问题的，请将此格留空", "if nothing was found, leave the cell empty"),
    "forms.hint.report_instead": ("请填报该项的证据", "report its evidence instead"),
    "forms.hint.fill_as_row_says": (
        "请按第 {row} 行“单位 / 填写说明”（D 列）和“要求”（E 列）所说，在“{column}”（{letter} 列）填写",
        "fill in {column} (column {letter}) as row {row} says in its columns D (unit / how to fill "
        "in) and E (requirement)",
    ),
    "forms.hint.move_by_hand": (
        "请先手工把这些项目移到其所属部门的文件中，再导入",
        "move those entries to their department's file by hand, then import again",
    ),
    "forms.hint.validate_first": (
        "请先修正该文件（nsc-check validate）",
        "fix it first (nsc-check validate)",
    ),
}
