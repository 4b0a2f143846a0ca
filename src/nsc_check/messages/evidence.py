"""Messages of reading an evidence folder: city.yaml and the departments' files."""

TEXTS: dict[str, tuple[str, str]] = {
    "evidence.folder_not_found": ("找不到证据文件夹", "evidence folder not found"),
    "evidence.city_missing": ("缺少 city.yaml：其中写明城市名称和评估日期",
                              "city.yaml is missing: it gives the city's name and assessment date"),
    "evidence.property_is_field": (
        "{name} 在 city.yaml 中有单独的一行：请写成“{name}: …”，不要写在 properties 下面",
        "{name} has a line of its own in city.yaml: write `{name}: …` there, not under properties"),
    "evidence.not_a_mapping": ("应为“编号: 证据”的若干行，每项一行",
                               "give a mapping of indicator id → evidence"),
    "evidence.unknown_department": ("不认识的部门“{department}”",
                                    "unknown department '{department}'"),
    "evidence.department_by_name": ("部门要写编号：“{department}”应写成 {id}",
                                    "unknown department '{department}': write its id, {id}"),
    "evidence.department_named": ("{id}（{name}）", "{id} ({name})"),
    "evidence.unknown_id": ("没有这个编号的指标", "unknown indicator id"),
    "evidence.id_written_otherwise": ("没有这个编号的指标：应写成 {meant}",
                                      "unknown indicator id: write it as {meant}"),
    "evidence.reported_twice": ("已在 {file} 第 {line} 行报送过",
                                "already reported in {file} line {line}"),
    "evidence.cannot_declare": ("{what}不能声明为{declared}", "{what} cannot be declared {declared}"),
    "evidence.what.condition": ("基本条件", "a basic condition"),
    "evidence.what.veto": ("否决项指标", "a veto indicator"),
    "evidence.what.rested_on": ("基本条件 {conditions} 所依据的指标",
                                "an indicator basic condition {conditions} rests on"),
    "evidence.declared.not_applicable": ("“不适用”", "not_applicable"),
    "evidence.declared.waiver": ("“豁免”", "waiver"),
    "evidence.symlink": ("“{file}”是通过符号链接找到的：附件必须是证据文件夹里的真实文件",
                         "'{file}' is reached through a symbolic link; attachments must be real "
                         "files inside the evidence folder"),
    "evidence.attachment_folder_unreadable": (
        "无法查看文件夹“{folder}”（没有读取权限），因此无法确认附件“{file}”是否存在",
        "the folder '{folder}' cannot be read (permission denied), so whether '{file}' is there "
        "cannot be told"),
    "evidence.attachment_not_in_folder": (
        "“{folder}”是一个文件，不是文件夹，附件“{file}”不可能在它里面",
        "'{folder}' is a file, not a folder, so '{file}' cannot be inside it"),
    "evidence.attachment_is_folder": ("“{file}”是一个文件夹，不是文件",
                                      "'{file}' is a folder, not a file"),
    "evidence.attachment_not_plain": ("“{file}”不是普通文件（是管道、设备或其他特殊文件）",
                                      "'{file}' is not a plain file (a pipe, a device or another "
                                      "special file)"),
    "evidence.hint.name_the_file": ("请写出文件夹中那份文件的路径，例如 attachments/规定.pdf",
                                    "give the path of the document itself inside the folder, "
                                    "e.g. attachments/rules.pdf"),
    "evidence.attachment_unreadable": ("无法查看附件“{file}”{detail}",
                                       "the attachment '{file}' cannot be looked at{detail}"),
    "evidence.hint.folder_permission": (
        "请让管理员开放文件夹“{folder}”的读取权限，或把附件复制到能读取的文件夹中，再重新运行",
        "ask for permission to read the folder '{folder}', or copy the attachments into a folder "
        "that can be read, and run the command again"),
    "evidence.hint.make_folder": (
        "请把附件放进名为“{folder}”的文件夹（同名的文件请先改名或移走），或改正附件的路径",
        "put the attachments in a folder named '{folder}' (rename or move the file of that name "
        "first), or correct the attachment's path"),
    "evidence.city_property_missing": ("city.yaml 缺少 {property}：{id} 的标准值取决于它",
                                       "{property} is missing: the figure of {id} depends on it"),
    "evidence.after_assessment": ("日期 {date} 晚于评估日期 {on}",
                                  "date {date} is after the assessment date {on}"),
    # hints
    "evidence.hint.folder": ("请给出存放 city.yaml 和各部门文件的文件夹",
                             "give the folder holding city.yaml and the departments' files"),
    "evidence.hint.departments": ("可填的部门：{departments}", "departments: {departments}"),
    "evidence.hint.ids_in_section": ("{section} 部分的编号从 {first} 到 {last}",
                                     "ids in {section}: {first} … {last}"),
    "evidence.file_is_link": ("这是一个快捷方式（符号链接），不是文件本身：证据文件必须放在证据文件夹里",
                              "this is a symbolic link, not the file itself: an evidence file "
                              "must be inside the evidence folder"),
    "evidence.file_is_pipe": ("这是一个管道（FIFO），不是普通文件，无法读取",
                              "this is a named pipe (FIFO), not a plain file: it cannot be read"),
    "evidence.file_is_device": ("这是一个设备或特殊文件，不是普通文件，无法读取",
                                "this is a device or special file, not a plain file: it cannot "
                                "be read"),
    "evidence.hint.plain_file": ("把文件本身复制到这里，替换掉它",
                                 "copy the file itself here in its place"),
    "evidence.hint.id_form": ("编号形如 {indicator}（指标）或 {condition}（有单独证据的基本条件）",
                              "ids look like {indicator} (indicators) or {condition} (basic "
                              "conditions with own evidence)"),
    "evidence.hint.id_form_indicators": ("编号形如 {indicator}（指标）",
                                         "ids look like {indicator} (indicators)"),
    "evidence.hint.once": ("每项指标只由一个部门报送一次",
                           "each indicator is reported by one department, once"),
    "evidence.hint.report_instead": ("请报送它的证据", "report its evidence instead"),
    "evidence.not_a_reason": (
        "“{value}”不是不适用的理由：not_applicable 只在本项确实不适用时填写，并写明原因",
        "'{value}' is not a reason: not_applicable is written only when the item does not apply, "
        "with the reason why",
    ),
    "evidence.hint.not_a_reason": (
        "本项适用就删去 not_applicable 并填报数据；确不适用就写明原因，例如“本市无农村户厕”",
        "if the item applies, remove not_applicable and report its figures; if it does not, say "
        "why, e.g. \"the city has no rural household toilets\"",
    ),
    "evidence.value_and_not_applicable": (
        "已填写数值又填写了不适用原因（not_applicable），请二选一",
        "figures are given and so is a reason the item does not apply (not_applicable): keep one",
    ),
    "evidence.hint.value_or_na": (
        "本项适用的，请删去 not_applicable 一行；确不适用的，请删去填写的数值",
        "if the item applies, delete the not_applicable line; if it does not, delete the figures",
    ),
    "evidence.hint.kind": ("“{kind}”类证据的写法见 nsc-check criteria kinds",
                           "see `nsc-check criteria kinds` for how {kind} evidence is written"),
    "evidence.hint.copy_in": ("请把文件复制到证据文件夹中", "copy the document into the evidence folder"),
    "evidence.hint.add_property": ("请在 city.yaml 中加一行“{property}: …”",
                                   "add `{property}:` to city.yaml"),
    "evidence.hint.past": ("证据只能描述过去：请检查这个日期，或评估日期（city.yaml 中的 "
                           "assessment_date，或 --as-of）",
                           "evidence can only describe the past; check the date, or the "
                           "assessment date (city.yaml, or --as-of)"),
    # the comments of the templates `nsc-check init` writes (zh: the clerks fill them in); the
    # texts without arguments hold braces as written (a YAML example), never formatted
    "evidence.template.indicator": ("{id} {title}（{points} 分）", "{id} {title} ({points} points)"),
    "evidence.template.veto": ("{id} {title}（{points} 分，否决项）",
                               "{id} {title} ({points} points, veto)"),
    "evidence.template.condition": ("{id} 基本条件：{title}", "{id} basic condition: {title}"),
    "evidence.template.what": ("报送内容：{text}", "To report: {text}"),
    "evidence.template.unit": ("单位：{text}", "Unit: {text}"),
    "evidence.template.required": ("要求：{text}", "Required: {text}"),
    "evidence.template.example": ("填写示例：{id}: {example}", "Example: {id}: {example}"),
    "evidence.template.department": ("{name}（请勿修改）", "{name} (do not change)"),
    "evidence.template.as_of": ("数据截止日期，如 2025-10-31；单项可另写 as_of",
                                "the date the figures are as of, e.g. 2025-10-31; an entry may "
                                "give its own as_of"),
    "evidence.template.head": ("{name} 报送的国家卫生城市创建证据（{pack}）",
                               "Evidence reported by {name} for the National Sanitary City "
                               "assessment ({pack})"),
    "evidence.template.how": ("每项下面的注释说明报送内容、单位和要求；冒号后面空着的就是待填写的值。",
                              "The comments under each item say what to report, its unit and "
                              "what is required; a value left empty after a colon is still to "
                              "be filled in."),
    "evidence.template.not_applicable": (
        "某项不适用时写：{not_applicable: 不适用的原因}。填好后运行 nsc-check validate 检查。",
        "Where an item does not apply, write {not_applicable: why}. When done, run nsc-check "
        "validate."),
    "evidence.template.city.name": ("城市名称，如 {zh: 示例市, en: Example City}",
                                    "the city's name, e.g. {zh: 示例市, en: Example City}"),
    "evidence.template.city.assessment_date": ("评估日期，如 2025-12-31",
                                               "the assessment date, e.g. 2025-12-31"),
    "evidence.template.city.built_up_area_km2": ("建成区面积（平方公里）", "built-up area (km²)"),
    "evidence.template.city.population": ("建成区人口（人）", "population of the built-up area"),
    "evidence.template.city.latitude": ("纬度（度），部分指标的标准值与之有关",
                                        "latitude (degrees): some figures depend on it"),
    "evidence.template.city.province": ("所在省份", "province"),
    "evidence.template.city.properties": ("其他城市属性（标准值依赖时使用）",
                                          "other properties of the city (where a figure depends "
                                          "on them)"),
    "evidence.template.city.head": ("本市基本情况：由市爱卫办填写。冒号后面空着的就是待填写的值。",
                                    "The city's facts, filled in by the city's office; a value "
                                    "left empty after a colon is still to be filled in."),
    # evidence that shows nothing, files that are not what they say (the attacker's findings)
    "evidence.attachment_is_evidence": (
        "“{file}”是证据文件夹里的证据文件（city.yaml 或部门文件），不是要求的文件本身",
        "'{file}' is one of the folder's evidence files (city.yaml or a department's file), not "
        "the document asked for"),
    "evidence.hint.attach_document": (
        "请把文件本身（PDF、Word 文档或扫描件）放进 attachments 文件夹，并在这里写它的路径",
        "put the document itself (a PDF, a Word file, a scan) under attachments/ and give its "
        "path here"),
    "evidence.attachment_empty": ("附件“{file}”是空文件（0 字节），看不到任何内容",
                                  "attachment '{file}' is empty (0 bytes): it shows nothing"),
    "evidence.hint.attachment_empty": (
        "复制或保存可能没有成功：请放入文件的完整内容后再检查",
        "a copy or a save may have failed: put the whole document in its place, then check "
        "again"),
    "evidence.same_file_twice": (
        "“{file}”已作为“{first}”给出：同一个文件不能同时作为两份要求的文件",
        "'{file}' is given as '{first}' already: one file cannot stand for two documents"),
    "evidence.hint.same_file_twice": (
        "请为每份要求的文件给出各自的文件；确实合在一份文件里的，请分别提交相应部分",
        "give each document asked for its own file; where both are in one file, give each part "
        "as a file of its own"),
    "evidence.pass_with_findings": (
        "检查结果为“达标”，却列出了 {count} 个问题（findings）：两者矛盾",
        "the result is 达标 (pass), yet {count} findings are listed: the two contradict each "
        "other"),
    "evidence.hint.pass_with_findings": (
        "检查发现问题的，结果应填“基本达标”或“不达标”；问题已全部整改的，请删去 findings，"
        "把整改情况写在 note 中",
        "if the inspection found problems, the result is 基本达标 or 不达标; if all were put "
        "right, delete the findings and say so in a note"),
    "evidence.department_not_file": (
        "文件名 {file} 表明这是 {named}（{named_name}）的文件，但 department 写的是 "
        "{department}（{name}）",
        "the file name {file} says this is {named}'s file ({named_name}), but department says "
        "{department} ({name})"),
    "evidence.hint.department_not_file": (
        "是 {department} 的证据，请把文件改名为 {department}.yaml；是 {named} 的证据，请把 "
        "department 改为 {named}",
        "if this is {department}'s evidence, rename the file {department}.yaml; if it is "
        "{named}'s, write department: {named}"),
    "evidence.file_not_read": (
        "这个文件不会被读取：证据文件的名字要以 .yaml 结尾，这个文件名以“{suffix}”结尾",
        "this file is not read: an evidence file's name ends in .yaml, this one ends in "
        "'{suffix}'"),
    "evidence.hint.rename_to": ("如果这是证据文件，请把它改名为 {name}；否则请把它移出证据文件夹",
                                "if this is an evidence file, rename it {name}; if not, move "
                                "it out of the evidence folder"),
    "evidence.file_copy_not_read": (
        "这个文件不会被读取：它像是 {name} 的副本或备份，读取的是 {name}",
        "this file is not read: it looks like a copy or backup of {name}, which is the one "
        "read"),
    "evidence.hint.move_copy": ("请把副本移出证据文件夹；要用它的内容，请替换掉 {name}",
                                "move the copy out of the evidence folder; to use its content, "
                                "put it in place of {name}"),
    "evidence.removed_by_overlay": (
        "这一项已被本次使用的地方调整删除，其证据不参与评估",
        "this item was removed by the overlay in use: its evidence is not assessed",
    ),
    "evidence.hint.removed_by_overlay": (
        "如果本地确实不考核此项，可以不报；否则请不加该调整文件重新评估",
        "if the item is really not assessed here it need not be reported; else assess without "
        "that overlay",
    ),
}
