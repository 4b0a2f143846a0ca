"""Texts of the command line: command help, option help, the lines the commands print, validate's
hints, the names of evidence kinds, and click's own strings (usage, errors) in Chinese.

`cli.help.<command>` is a command's help (its first paragraph is the one-line summary shown in
the list of commands); `cli.opt.<command>.<option>` an option's help, falling back to
`cli.opt.<option>` for the options many commands share; `cli.metavar.<name>` the placeholder shown
for an option's value or an argument. `cli.click.*` translate click's own messages: their English
text is exactly click's (the gettext msgid), so `commands/base.py` finds them by it.
"""

_HELP = {
    "main": ("国家卫生城市创建自评工具：按国家卫生城市标准检查证据、评估差距。\n\n"
             "语言：每个命令都可加 --lang zh|en；不加时按环境变量 NSC_LANG，默认中文。",
             "Self-assessment against the National Sanitary City standard (国家卫生城市标准).\n\n"
             "Language: every command takes --lang zh|en; without it the NSC_LANG environment "
             "variable decides, and Chinese is the default."),
    "assess": ("评估证据文件夹（默认为 ./evidence），列出差距清单。\n\n"
               "退出码：0 可以申报；1 已评估但尚未达到申报要求；2 输入或用法有误。",
               "Assess an evidence folder (default ./evidence) and print the gap report.\n\n"
               "Exit codes: 0 ready to apply; 1 assessed but not ready; 2 bad input or usage."),
    "batch": ("评估多个城市，列出排行表。\n\n"
              "每个文件夹是一个城市的证据文件夹（含 city.yaml），或存放若干这种文件夹的文件夹。"
              "某个城市的证据无法读取时，列出其问题，不影响其他城市。\n\n"
              "退出码：0 所有城市均可申报；1 均已评估，部分尚未达到申报要求；2 某个城市的输入有误"
              "（或用法有误）。",
              "Assess many cities and print a league table.\n\n"
              "Each FOLDER is a city's evidence folder (with city.yaml) or a folder of such "
              "folders. A city whose evidence cannot be read is reported with its problems and "
              "does not stop the others.\n\n"
              "Exit codes: 0 every city ready to apply; 1 all assessed, some not ready; 2 some "
              "city's input is bad (or bad usage)."),
    "plan": ("列出使本市达到申报要求、整改工作量最小的一组差距。\n\n"
             "达到申报要求：全部基本条件满足、否决项通过、总得分率和各部分得分率均达到底线。"
             "每项差距的工作量取自评估标准（按指标分为数周、数月、一年以上三类）；本市可在证据文件夹的 "
             "plan.yaml 中（或用 --costs 指定的文件）写出自己的估计，每项写类别或周数。"
             "结果为精确最优解，同样工作量的其他方案一并列出。豁免不计入：结论按实际证据判定。\n\n"
             "退出码：0 已列出方案；2 输入或用法有误。",
             "List the cheapest set of gaps whose closing makes the city ready.\n\n"
             "Ready: every basic condition met, the veto passed, the overall and every section's "
             "score at their floors. The work a gap takes comes from the pack (an effort class per "
             "indicator: weeks, months, a year or more); the city may give its own estimates, a "
             "class or whole weeks per item, in plan.yaml in the evidence folder (or the file given "
             "with --costs). The plan is an exact optimum; plans of the same cost are listed too. "
             "Waivers do not count: readiness is judged on the evidence.\n\n"
             "Exit codes: 0 a plan was made; 2 bad input or usage."),
    "status": ("查看证据收集情况：各部门已报送、尚未报送、无法使用和已过期的项目及联系人。",
               "Show how evidence collection stands: per department, the items reported, not yet "
               "reported, unusable and stale, with whom to contact."),
    "criteria": ("检查和浏览评估标准包。", "Check and browse criteria packs."),
    "criteria.check": ("检查评估标准包（文件夹或内置标准包编号）及其调整文件。",
                       "Validate a criteria pack (a folder, or the id of a bundled pack) and its "
                       "overlays."),
    "criteria.kinds": ("说明各类证据的写法，每类附达标和不达标的示例。",
                       "Describe the evidence kinds, with a passing and a failing example of "
                       "each."),
    "criteria.list": ("列出基本条件和考核指标，及其标准值和分值。",
                      "List the basic conditions and the indicators, with their figures and "
                      "points."),
    "criteria.show": ("显示一项考核指标（如 S03.04）或基本条件（如 B05）的全部内容。",
                      "Everything about one indicator (S03.04) or basic condition (B05)."),
    "schema": ("输出某个命令 --format json 结果的 JSON Schema（默认为 assess）。",
               "Print the JSON Schema of a command's `--format json` output (default: assess)."),
    "init": ("生成证据模板：city.yaml，以及每个部门一个带说明的文件。\n\n"
             "不会覆盖已有文件：已有的文件列为跳过。",
             "Write an evidence template: city.yaml and one commented file per department.\n\n"
             "Existing files are never overwritten: they are listed as skipped."),
    "validate": ("检查证据文件夹，按部门列出全部错误和警告，每条注明文件和行号。\n\n"
                 "退出码：0 没有错误（可以有警告）；2 发现错误。",
                 "Check an evidence folder and list every error and warning by department, each "
                 "with file and line.\n\n"
                 "Exit codes: 0 no errors (warnings allowed); 2 errors found."),
    "diff": ("对比 assess --format json 保存的两次结果：结论、基本条件、得分、已消除和新增的差距、"
             "变差的指标、数值变化及各部分得分。",
             "Compare two results saved by `assess --format json`: verdict, basic conditions, "
             "score, gaps closed, new gaps, regressions, figures that moved, and every section's "
             "score."),
    "form": ("Excel 采集表：发给各部门填写，再导入为证据。",
             "Excel forms: hand them out to the departments, import them back as evidence."),
    "form.export": ("生成采集表工作簿；给出证据文件夹时，按其中已有的证据预先填好。",
                    "Write a collection workbook, pre-filled from EVIDENCE_DIR when given."),
    "form.import": ("把填好的工作簿转为证据文件（city.yaml 及每个部门一个文件）。\n\n"
                    "只要有一个单元格无法读取，就不写任何文件（退出码 2）；要写的文件在导出后被改动过"
                    "时也不写，除非加 --force（退出码 1）：文件要么全部写入，要么都不写。",
                    "Turn a filled workbook into evidence YAML (city.yaml and one file per "
                    "department).\n\n"
                    "Nothing is written if any cell cannot be read (exit 2), or if a file to be "
                    "written changed since the export, unless --force (exit 1): files are written "
                    "all or none."),
}

_OPTIONS = {
    # shared by several commands
    "lang": ("输出语言：zh 中文，en 英文（默认按环境变量 NSC_LANG，未设置时为中文）。",
             "Language: zh Chinese, en English (default: the NSC_LANG environment variable, else "
             "Chinese)."),
    "criteria": ("评估标准包：内置标准包编号或标准包文件夹（默认为 nsc-2010）。",
                 "Criteria pack: a bundled pack id or a pack folder (default: nsc-2010)."),
    "overlay": ("对标准包应用调整文件（可重复，按顺序应用）。",
                "Apply an overlay to the pack (repeatable, in order)."),
    "output": ("把结果写入该文件（要么完整写入，要么不写）。",
               "Write the report to FILE (whole or not at all)."),
    "format": ("输出格式。", "Output format."),
    "department": ("只看该部门（编号、中文名称或简称，如 环保局）。",
                   "Only this department (its id, or its Chinese name, full or short)."),
    "help": ("显示本帮助并退出。", "Show this message and exit."),
    "version": ("显示版本并退出。", "Show the version and exit."),
    # assess
    "assess.as_of": ("评估日期（默认取 city.yaml 中的日期）。",
                     "Assessment date (default: the date in city.yaml)."),
    "assess.format": ("报告格式：html、markdown 和 xlsx（整改任务表，需要 --output）便于分发。",
                      "Report format: html, markdown and xlsx (a task list, needs --output) to "
                      "share."),
    "assess.by": ("差距清单按部分（section）或责任单位（department）分组。",
                  "Group the gaps of the table report by section or department."),
    "assess.section": ("只显示该部分的指标（可重复）。",
                       "Show only this section's indicators (repeatable)."),
    "assess.status": ("只显示这些状态的指标，如 不达标,缺证据（也可写 fail,missing）。",
                      "Show only indicators with these statuses, e.g. fail,missing (the Chinese "
                      "words work too)."),
    "assess.department": ("只显示该牵头部门的指标（编号、中文名称或简称，如 环保局）。",
                          "Show only this lead department's indicators (its id, or its Chinese "
                          "name, full or short)."),
    "assess.fail_on": ("何时以退出码 1 结束：尚未达到申报要求（not-ready）、不具备申报条件"
                       "（not-eligible）或从不（never）。",
                       "When to exit 1: the city is not ready, not eligible, or never."),
    "assess.assume_pass": (
        "假设这些差距已整改（逗号分隔的编号，如 S03.02,S10.05），看结论会怎样；nsc-check plan 列出的方案可直接代入。"
        "退出码仍按证据的实际情况给出。",
        "Assess as though these gaps were closed (ids, comma-separated, e.g. S03.02,S10.05): "
        "try a plan, such as the one `nsc-check plan` lists. The exit code still tells the city "
        "as its evidence stands."),
    "assess.keep_going": ("部分证据无法使用时仍进行评估；这些证据记为“证据无效”。",
                          "Assess even when some entries are unusable; they count as `invalid`."),
    # batch
    "batch.as_of": ("所有城市的评估日期（默认取各自 city.yaml 中的日期）。",
                    "Assessment date for every city (default: the date in each city.yaml)."),
    "batch.jobs": ("并行进程数（默认每个处理器核心一个，每个进程至少评估 4 个城市；1 表示在本进程内"
                   "评估）。",
                   "Worker processes (default: one per core, each with at least 4 cities; 1 "
                   "assesses in this process)."),
    # criteria
    "criteria.check.overlay": ("应用该调整文件后检查标准包（可重复）。",
                               "Check the pack with this overlay applied (repeatable)."),
    "criteria.list.section": ("只列出该部分的指标。", "Only this section's indicators."),
    "criteria.list.department": ("只列出该部门牵头的项目（编号、中文名称或简称）。",
                                 "Only the items this department leads (its id, Chinese name or "
                                 "short name)."),
    # schema
    "schema.of": ("哪个命令的 JSON 输出。", "Which command's JSON output."),
    "schema.output": ("把 JSON Schema 写入该文件。", "Write the schema to FILE."),
    # init
    "init.department": ("只生成该部门的文件（编号、中文名称或简称）。",
                        "Write only this department's file (its id, Chinese name or short name)."),
    # validate
    "validate.as_of": ("判断数据是否过期所用的评估日期（默认取 city.yaml 中的日期）。",
                       "Assessment date for the staleness check (default: the date in "
                       "city.yaml)."),
    # plan
    'plan.as_of': ('评估日期（默认取 city.yaml 中的日期）。', 'Assessment date (default: the date in city.yaml).'),
    'plan.costs': ('本市对整改工作量的估计文件（默认：证据文件夹中的 plan.yaml）。', "The city's own cost estimates (default: plan.yaml in the evidence folder)."),
    'plan.deadline': ('申报日期：按工作量倒排各责任单位的开始和完成日期。', "Application date: plan each department's work back from it."),
    'plan.by': ('按步骤（先满足基本条件）或按责任单位分组列出。', 'Group the plan by stage (basic conditions first) or by department.'),
    'plan.output': ('将结果写入文件。', 'Write the plan to FILE.'),
    # status
    "status.as_of": ("评估日期（默认取 city.yaml 中的日期）。",
                     "Assessment date (default: the date in city.yaml)."),
    # diff
    "diff.output": ("把对比结果写入该文件。", "Write the comparison to FILE."),
    # form
    "form.export.output": ("要生成的工作簿。", "The workbook to write."),
    "form.export.department": ("只生成该部门的工作表（及城市信息表）；可写编号、中文名称或简称。",
                               "Only this department's sheet (and the city's); its id, Chinese "
                               "name or short name."),
    "form.import.into": ("写入的证据文件夹。", "The evidence folder to write into."),
    "form.import.force": ("即使文件在导出后被改动过，也覆盖。",
                          "Overwrite files even when they changed since the form was exported."),
}

_METAVARS = {
    "file": ("文件", "FILE"),
    "file_xlsx": ("文件.xlsx", "FILE.xlsx"),
    "date": ("日期", "DATE"),
    "dir": ("文件夹", "DIR"),
    "list": ("状态列表", "LIST"),
    "department": ("部门", "DEPARTMENT"),
    "n": ("进程数", "N"),
    "id_or_dir": ("编号或文件夹", "ID_OR_DIR"),
    "id": ("编号", "ID"),
    "ids": ("编号,…", "ID,…"),
    "evidence_dir": ("证据文件夹", "EVIDENCE_DIR"),
    "folders": ("文件夹", "FOLDERS"),
    "folder": ("文件夹", "FOLDER"),
    "pack_dir": ("标准包", "PACK_DIR"),
    "workbook": ("工作簿", "WORKBOOK"),
    "old_json": ("旧结果.json", "OLD.json"),
    "new_json": ("新结果.json", "NEW.json"),
    "options": ("[选项]", "[OPTIONS]"),
    "command": ("命令 [参数]...", "COMMAND [ARGS]..."),
}

# click's own messages; the English text is click's msgid, word for word.
_CLICK = {
    "usage": ("用法：", "Usage:"),
    "options": ("选项", "Options"),
    "commands": ("命令", "Commands"),
    "positional": ("参数", "Positional arguments"),
    "show_help": ("显示本帮助并退出。", "Show this message and exit."),
    "show_version": ("显示版本并退出。", "Show the version and exit."),
    "version": ("%(prog)s，版本 %(version)s", "%(prog)s, version %(version)s"),
    "error": ("错误：{message}", "Error: {message}"),
    "try_help": ("输入 '{command} {option}' 查看帮助。", "Try '{command} {option}' for help."),
    "invalid_value": ("取值无效：{message}", "Invalid value: {message}"),
    "invalid_value_for": ("{param_hint} 的取值无效：{message}",
                          "Invalid value for {param_hint}: {message}"),
    "missing_argument": ("缺少参数", "Missing argument"),
    "missing_option": ("缺少选项", "Missing option"),
    "missing_parameter": ("缺少参数", "Missing parameter"),
    "missing_type": ("缺少{param_type}", "Missing {param_type}"),
    "missing_param_name": ("缺少参数：{param_name}", "Missing parameter: {param_name}"),
    "missing_command": ("缺少命令。", "Missing command."),
    "no_such_option": ("没有选项 {name!r}。", "No such option {name!r}."),
    "no_such_command": ("没有命令 {name!r}。", "No such command {name!r}."),
    "did_you_mean": ("是否想输入 {possibility}？", "Did you mean {possibility}?"),
    "did_you_mean_many": ("（是否想输入以下之一：{possibilities}？）",
                          "(Did you mean one of: {possibilities}?)"),
    "extra_argument": ("多余的参数（{args}）", "Got unexpected extra argument ({args})"),
    "extra_arguments": ("多余的参数（{args}）", "Got unexpected extra arguments ({args})"),
    "requires_argument": ("选项 {name!r} 需要一个值。", "Option {name!r} requires an argument."),
    "requires_arguments": ("选项 {name!r} 需要 {nargs} 个值。",
                           "Option {name!r} requires {nargs} arguments."),
    "takes_no_value": ("选项 {name!r} 不带值。", "Option {name!r} does not take a value."),
    "argument_nargs": ("参数 {name!r} 需要 {nargs} 个值。", "Argument {name!r} takes {nargs} values."),
    "takes_one": ("需要 {nargs} 个值，只给了 1 个。", "Takes {nargs} values but 1 was given."),
    "takes_many": ("需要 {nargs} 个值，给了 {len} 个。", "Takes {nargs} values but {len} were given."),
    "not_choice": ("{value!r} 不是 {choice}。", "{value!r} is not {choice}."),
    "not_one_of": ("{value!r} 不在可选值 {choices} 之中。", "{value!r} is not one of {choices}."),
    "choose_from": ("可选值：\n\t{choices}", "Choose from:\n\t{choices}"),
    "not_in_range": ("{value} 不在范围 {range} 之内。", "{value} is not in the range {range}."),
    "not_a_number": ("{value!r} 不是有效的{number_type}。", "{value!r} is not a valid {number_type}."),
    "not_a_boolean": ("{value!r} 不是有效的是/否值，可写：{states}",
                      "{value!r} is not a valid boolean. Recognized values: {states}"),
    "format_one": ("{value!r} 不符合格式 {format}。", "{value!r} does not match the format {format}."),
    "format_many": ("{value!r} 不符合以下任一格式：{formats}。",
                    "{value!r} does not match the formats {formats}."),
    "path_missing": ("{name} {filename!r} 不存在。", "{name} {filename!r} does not exist."),
    "path_is_file": ("{name} {filename!r} 是一个文件。", "{name} {filename!r} is a file."),
    "path_is_dir": ("{name} {filename!r} 是一个文件夹。", "{name} {filename!r} is a directory."),
    "path_unreadable": ("{name} {filename!r} 无法读取。", "{name} {filename!r} is not readable."),
    "path_unwritable": ("{name} {filename!r} 无法写入。", "{name} {filename!r} is not writable."),
    "path_file": ("文件", "file"),
    "path_directory": ("文件夹", "directory"),
    "path_path": ("路径", "path"),
    "open_failed": ("无法打开文件 {filename!r}：{message}", "Could not open file {filename!r}: {message}"),
    "unknown_error": ("未知错误", "unknown error"),
    "default": ("默认：{default}", "default: {default}"),
    "required": ("必填", "required"),
    "env_var": ("环境变量：{var}", "env var: {var}"),
    "aborted": ("已中止！", "Aborted!"),
    "iterable": ("取值应为一组值。", "Value must be an iterable."),
}

_KINDS = {
    "threshold": ("阈值", "threshold"),
    "ratio": ("比率", "ratio"),
    "series": ("逐年数据", "series"),
    "no_events": ("无事件", "no events"),
    "grade": ("等级", "grade"),
    "metrics": ("多项监测", "metrics"),
    "document": ("文件材料", "document"),
    "inspection": ("现场检查", "inspection"),
}

_LINES = {
    # any command
    "problems_found": ("nsc-check：发现 {count} 个问题（请改正后重新运行命令）",
                       "nsc-check: {count} problem(s) found (fix them and run the command again)"),
    "more_problems": ("……另有 {count} 个问题未列出：请先改正上面列出的问题，再重新运行，其余的问题会接着列出",
                      "… and {count} more problem(s) not listed: fix those above and run the "
                      "command again to see the rest"),
    "note": ("注意：{note}", "note: {note}"),
    "missing": ("{what} {name}。", "{what} {name}."),
    "usage_error": ("命令写法有误：{message}", "bad usage: {message}"),
    "usage_hint": ("输入 {command} --help 查看用法", "run `{command} --help` to see the usage"),
    # options the pack must know
    "unknown_section": ("没有部分 {value}；标准包中的部分有：{known}",
                        "unknown section {value}; the pack has {known}"),
    "unknown_department": ("没有部门“{value}”；可选的部门有：{known}",
                           "unknown department {value!r}; the pack has {known}"),
    "ambiguous_department": ("“{value}”可指多个部门：{matches}；请写出全称或编号",
                             "{value!r} could be any of {matches}; give the full name or the id"),
    "department_choice": ("{name}（{id}）", "{id} ({name})"),
    "unknown_status": ("没有状态 {value}；可选的状态有：{known}",
                       "unknown status {value}; choose from {known}"),
    "status_choice": ("{word}（{id}）", "{id} ({word})"),
    "bad_date": ("{reason}", "{reason}"),
    "xlsx_needs_output": ("--format xlsx 生成工作簿：请加 --output 文件.xlsx",
                          "--format xlsx writes a workbook: give --output FILE.xlsx"),
    "no_such_item": ("标准包中没有考核指标或基本条件 {value}",
                     "the pack has no indicator or basic condition {value!r}"),
    # criteria check
    "pack_ok": ("{folder}：通过：{id}（{edition}），{conditions} 项基本条件，{sections} 个部分，"
                "{indicators} 项指标，共 {points} 分",
                "{folder}: ok: {id} ({edition}), {conditions} basic conditions, {sections} "
                "sections, {indicators} indicators, {points} points"),
    "overlay_ok": ("调整文件 {file}：通过，{changes} 处调整", "overlay {file}: ok, {changes} changes"),
    # init
    "skipped": ("跳过 {path}（已存在，未改动）", "skipped {path} (already there, left unchanged)"),
    "wrote": ("已写入 {path}", "wrote   {path}"),
    "init_next": ("下一步：填写这些文件（或用 nsc-check form export {folder} 生成采集表分发），"
                  "然后运行 nsc-check validate {folder} 检查。",
                  "Next: fill in the files (or hand out `nsc-check form export {folder}`), then "
                  "run `nsc-check validate {folder}`."),
    # form
    "wrote_form": ("已写入 {path}", "wrote {path}"),
    "wrote_form_prefilled": ("已写入 {path}（已按 {folder} 中的证据预先填写）",
                             "wrote {path} (pre-filled from {folder})"),
    "workbook_not_found": ("找不到工作簿", "workbook not found"),
    "refused_changed": ("未写入 {path}：该文件在导出采集表后被改动过",
                        "refused {path}: it changed since the form was exported"),
    "nothing_written": ("没有写入任何文件（如确需覆盖上述文件，请加 --force）",
                        "nothing was written (use --force to overwrite the files named)"),
    "form_empty": ("采集表中没有填写任何内容：未写入文件",
                   "the form holds nothing filled in: no file written"),
    "form_unchanged": ("文件夹中已是采集表所填内容：未写入文件",
                       "the folder already holds what the form says: no file written"),
    # validate
    "folder_not_found": ("找不到证据文件夹", "evidence folder not found"),
    "folder_hint": ("请给出存放 city.yaml 和各部门文件的文件夹",
                    "give the folder holding city.yaml and the departments' files"),
    "validate_summary_errors": ("{folder}：{errors} 个错误，{warnings} 个警告，请先改正错误后再检查",
                                "{folder}: {errors} error(s), {warnings} warning(s): fix the "
                                "errors, then run it again"),
    "validate_summary_ok": ("{folder}：{errors} 个错误，{warnings} 个警告，可以进行评估",
                            "{folder}: {errors} error(s), {warnings} warning(s): ready to assess"),
    "validate_group": ("== {department}：{errors} 个错误，{warnings} 个警告 ==",
                       "== {department}: {errors} error(s), {warnings} warning(s) =="),
    "validate_group_other": ("其他", "Other"),
    "validate_group_city": ("城市基本信息（city.yaml）", "The city (city.yaml)"),
    "item": ("{id} {title}", "{id} {title}"),
    "unfilled": ("{item}：尚未填写（应由{department}报送）",
                 "{item}: not yet filled (to be reported by {department})"),
    "weak": ("{item}：{text}（应由{department}报送）",
             "{item}: {text} (to be reported by {department})"),
    "hint.unfilled": ("请填写空白项，尚未报送的可删除该项",
                      "fill in the empty values, or delete the entry if it is not reported yet"),
    "hint.missing": ("请在牵头部门的证据文件或采集表中报送",
                     "report it: add it to the lead department's file or form"),
    "hint.stale": ("请报送更新的数据（或注明数据所属日期）",
                   "report newer data (or the date the data describes)"),
    "hint.bare": ("请填写分子和分母，便于核查",
                  "give the counts (numerator and denominator) so the figure can be audited"),
    "hint.document": ("请把文件放在证据文件夹内所填路径",
                      "put the file under the evidence folder, at the path given"),
    "hint.invalid": ("请改正证据；写法见 nsc-check criteria kinds",
                     "correct the evidence; see `nsc-check criteria kinds`"),
    # a path given that is not what it should be (inputs.py)
    "input.is_folder": ("这是文件夹，不是文件", "this is a folder, not a file"),
    "input.is_pipe": ("这是管道（例如命令行里的 <(…)），不是普通文件：本程序不从管道读取",
                      "this is a pipe (such as <(…) on a command line), not a plain file: "
                      "nsc-check does not read from pipes"),
    "input.is_device": ("这是设备或特殊文件，不是普通文件，无法读取",
                        "this is a device or special file, not a plain file: it cannot be read"),
    "input.not_a_folder": ("这不是文件夹", "this is not a folder"),
    "input.no_permission": ("没有权限查看它（它或它所在的文件夹不允许读取）",
                            "permission denied: it, or a folder on its way, cannot be read"),
    "input.cannot_look": ("无法查看它{detail}", "it cannot be looked at{detail}"),
    "hint.input_file": ("请给出文件本身的路径，而不是它所在的文件夹",
                        "give the path of the file itself, not of its folder"),
    "hint.save_to_file": ("请先把内容保存成文件，再给出该文件的路径",
                          "save the content to a file first, then give that file's path"),
    "hint.plain_file": ("请给出一个普通文件的路径", "give the path of a plain file"),
    "hint.permission": ("请让管理员开放读取权限，或把它复制到您能读取的位置后再运行",
                        "ask for permission to read it, or copy it where you can read it, and "
                        "run the command again"),
}


# A standard stream that could not be written (output.run_watching_streams)
_STREAMS = {
    "cannot_write_stdout": ("无法把结果写到标准输出{detail}（已写出的内容不完整，请勿使用）",
                            "cannot write the output to standard output{detail} (what was "
                            "written is incomplete: do not use it)"),
    "hint.stdout": ("请检查输出重定向到的磁盘空间是否足够，或用 --output 写入文件",
                    "check the disk the output is redirected to has space, or write a file "
                    "with --output"),
    # a batch's worker process ended from outside (batch._run)
    "worker_ended": ("有一个并行评估进程意外终止（可能被系统结束或内存不足），本次批量评估未完成",
                     "a worker process of the batch ended unexpectedly (ended by the system, or "
                     "out of memory): the batch is not complete"),
    "hint.worker_ended": ("请重新运行；如再次发生，可用 --jobs 1 在单个进程中评估",
                          "run it again; if it happens again, --jobs 1 assesses in one process"),
}

TEXTS: dict[str, tuple[str, str]] = {
    **{f"cli.help.{k}": v for k, v in _HELP.items()},
    **{f"cli.opt.{k}": v for k, v in _OPTIONS.items()},
    **{f"cli.metavar.{k}": v for k, v in _METAVARS.items()},
    **{f"cli.click.{k}": v for k, v in _CLICK.items()},
    **{f"cli.kind.{k}": v for k, v in _KINDS.items()},
    **{f"cli.{k}": v for k, v in _LINES.items()},
    "cli.quoted": ("'{value}'", "'{value}'"),  # a name in a usage error, quoted as click does
    **{f"cli.{k}": v for k, v in _STREAMS.items()},
}
