"""Messages of reading YAML files (`yaml.*`), the mistakes people make in them explained where
they made them, and pydantic's errors reworded (`pydantic.<error type>`): pydantic's own wording
names Python classes (`instance of DepartmentFile`); say what to write.

`{detail}` is an English-only detail (the parser's or the system's own words): empty in Chinese.
`{meant}` is the line as it was probably meant."""

TEXTS: dict[str, tuple[str, str]] = {
    # a problem as one line: its field before it, its hint after it
    "yaml.with_field": ("{field}：{message}", "{field}: {message}"),
    "yaml.with_hint": ("{message}（提示：{hint}）", "{message} (hint: {hint})"),
    # reading the file
    "yaml.bad_utf16": ("文件以 UTF-16（Unicode）标记开头，但内容不是有效的 UTF-16 文字",
                       "the file starts with a UTF-16 (Unicode) mark but is not valid UTF-16 text"),
    "yaml.number_underscore": ("“{value}”不是数字：数字中不能有下划线",
                               "'{value}' is not a number: a number has no underscores"),
    "yaml.hint.number_plain": ("写成 {value}", "write {value}"),
    "yaml.binary": ("这是二进制文件，不是 YAML 文本（此处有空字符 NUL）",
                    "this is a binary file, not YAML text (a NUL byte here)"),
    "yaml.undecodable": ("无法识别文字编码：既不是 UTF-8，也不是 GB18030/GBK（第 {byte} 个字节）",
                         "cannot read the text: it is neither UTF-8 nor GB18030/GBK (byte {byte})"),
    "yaml.control_chars": ("文件中有控制字符：是不是二进制文件？",
                           "the file contains control characters: is it a binary file?"),
    "yaml.too_big": ("文件有 {size} 字节，超过了 {limit} 字节的上限",
                     "the file is {size} bytes, over the limit of {limit}"),
    "yaml.not_found": ("找不到该文件", "cannot read the file: no such file"),
    "yaml.no_permission": ("没有读取该文件的权限", "cannot read the file: permission denied"),
    "yaml.is_folder": ("这是文件夹，不是文件", "cannot read the file: it is a folder"),
    "yaml.unreadable": ("无法读取该文件{detail}", "cannot read the file{detail}"),
    "yaml.empty": ("文件是空的", "the file is empty"),
    "yaml.no_data": ("文件中没有数据", "the file holds no data"),
    "yaml.bad_character": ("文中有不允许使用的字符{shown}，例如控制字符",
                           "the text holds a character YAML does not allow{shown}, such as a "
                           "control character"),
    "yaml.control_char": ("文字中有控制字符（如转义码），报告无法显示",
                          "the text holds a control character (such as an escape code), which no "
                          "report can show"),
    # the parser's refusal, when no particular mistake explains it
    "yaml.syntax": ("这里的写法有误，无法读取{detail}", "invalid YAML{detail}"),
    # the mistakes people make, located where they made them
    "yaml.missing_space": ("冒号后需要一个空格：{meant}",
                           "a space is needed after the colon: write '{meant}'"),
    "yaml.fullwidth_colon": ("键后面用了全角冒号“：”，应改为半角冒号加空格：{meant}",
                             "a full-width colon (U+FF1A) follows the key: write an ASCII colon "
                             "and a space, '{meant}'"),
    "yaml.fullwidth_space": ("缩进里有全角空格：请改用半角空格（英文输入法下的空格）",
                             "a full-width space (U+3000) is used for indentation: use ordinary "
                             "spaces"),
    "yaml.fullwidth_space_after_colon": (
        "冒号后面是全角空格：请改用半角空格（英文输入法下的空格），写成“{meant}”",
        "a full-width space (U+3000) follows the colon: use an ordinary space, as in '{meant}'",
    ),
    "yaml.tab_indent": ("缩进里有制表符（Tab 键）：请改用空格",
                        "a tab is used for indentation: use spaces"),
    "yaml.bad_indent": ("缩进没有对齐：这一行缩进了 {found} 个空格，应与第 {line} 行对齐，"
                        "缩进 {spaces} 个空格",
                        "the indentation does not line up: this line is indented {found} "
                        "space(s); line it up with line {line}, {spaces} space(s)"),
    "yaml.bad_indent_top": ("这一行不应缩进：应与第 {line} 行一样顶格书写",
                            "this line should not be indented: start it at the margin, like "
                            "line {line}"),
    "yaml.bad_indent_child": ("缩进没有对齐：这一行缩进了 {found} 个空格，作为第 {line} 行的下一级，"
                              "应缩进 {spaces} 个空格",
                              "the indentation does not line up: this line is indented {found} "
                              "space(s); under line {line} indent it {spaces} space(s)"),
    "yaml.unclosed_quote": ("引号没有配对：这里的 {quote} 缺少结尾的 {quote}，应为：{meant}",
                            "the quote {quote} opened here is never closed: write '{meant}'"),
    "yaml.unclosed_bracket": ("括号没有配对：这里的 {bracket} 缺少对应的 {closer}，应为：{meant}",
                              "the bracket {bracket} opened here is never closed by {closer}: "
                              "write '{meant}'"),
    "yaml.duplicate_key": ("“{key}”写了两次，第一次在第 {first} 行",
                           "duplicate key '{key}' (first on line {first})"),
    # what the loader refuses in a file YAML allows
    "yaml.key_not_plain": ("键必须是简单的文字，不能是列表或“键: 值”",
                           "a key must be a plain value, not a list or mapping"),
    "yaml.alias_key": ("键必须是简单的文字，不能是别名", "a key must be a plain value, not an alias"),
    "yaml.unsupported_tag": ("不支持 {tag} 这种标记", "unsupported tag {tag}"),
    "yaml.too_deep": ("文件嵌套超过了 {depth} 层", "the document is nested more than {depth} levels deep"),
    "yaml.unknown_alias": ("没有定义的别名 *{alias}", "unknown alias *{alias}"),
    "yaml.two_documents": ("文件中有不止一份文档（以 --- 分隔）", "the file holds more than one YAML document"),
    "yaml.too_many": ("文件展开后超过 {limit} 个值（是否滥用了别名？）",
                      "the document expands to more than {limit} values (an alias bomb?)"),
    "yaml.merge_key": ("不支持合并键（<<）", "merge keys (<<) are not supported"),
    "yaml.invalid_key": ("“{key}”不能作为键", "invalid key '{key}'"),
    "yaml.bad_tagged": ("“{value}”不是有效的{type}", "'{value}' is not a valid {type}"),
    "yaml.type.int": ("整数", "int"),
    "yaml.type.float": ("数字", "float"),
    "yaml.type.bool": ("是非值（true/false）", "bool"),
    "yaml.type.null": ("空值", "null"),
    "yaml.too_many_digits": ("这个数有 {digits} 位，不可能是实际数值",
                             "the number has {digits} digits, far too many to be a figure"),
    # writing files
    "yaml.cannot_write": ("无法写入该文件{detail}（原有文件保持不变）",
                          "cannot write the file{detail} (an existing file is left unchanged)"),
    "yaml.cannot_create_folder": ("无法创建该文件夹{detail}", "cannot create the folder{detail}"),
    # the system's reasons, by errno name: their zh words stand in for the system's English
    "yaml.os.ENOSPC": ("磁盘空间不足", "no space left on device"),
    "yaml.os.EACCES": ("没有权限", "permission denied"),
    "yaml.os.EPERM": ("没有权限", "operation not permitted"),
    "yaml.os.EROFS": ("磁盘是只读的", "read-only file system"),
    "yaml.os.ENOENT": ("文件夹不存在", "no such file or directory"),
    "yaml.os.ENOTDIR": ("路径中有一段不是文件夹", "not a directory"),
    "yaml.os.EISDIR": ("这是文件夹，不是文件", "is a directory"),
    "yaml.os.EEXIST": ("已有同名的文件", "file exists"),
    "yaml.hint.writable": ("请检查文件夹是否存在、可以写入、空间是否足够",
                           "check the folder exists, is writable and has space"),
    "yaml.hint.folder_path": ("请给出一个可以写入的文件夹路径（不能是文件）",
                              "give a folder path that is not a file and is writable"),
    # hints
    "yaml.hint.save_text": ("请把文件另存为文本（UTF-8 或 GBK 编码）",
                            "save the file as text (UTF-8 or GBK)"),
    "yaml.hint.save_encoding": ("请把文件另存为 UTF-8 或 GBK 编码", "save the file as UTF-8 or GBK"),
    "yaml.hint.split": ("请拆分文件，或删去不属于证据的内容", "split it or remove what is not evidence"),
    "yaml.hint.delete_it": ("请从文中删去这个字符", "delete it from the text"),
    "yaml.hint.syntax": ("请检查这一行和上一行：冒号后要有空格，缩进只用空格并与同级对齐，引号和括号要成对",
                         "check this line and the one above: a space after each colon, "
                         "indentation with spaces lined up with its siblings, quotes and brackets "
                         "in pairs"),
    "yaml.hint.duplicate": ("同一层里每个键只能出现一次：请删去其中一处，或把两处合并",
                            "each key may appear only once in a mapping"),
    "yaml.hint.second_document": ("请删去第二份文档开头的 --- 这一行",
                                  "remove the `---` line that starts the second"),
    "yaml.hint.aliases": ("请删去重复的别名（*名称）", "remove the repeated aliases (*name)"),
    "yaml.hint.plain_values": ("证据和标准文件只能写普通的值",
                               "evidence and criteria files hold plain values only"),
    # a validator's refusal in words of its own not yet in the catalogue, or a pydantic error
    # the catalogue does not word
    "pydantic.other": ("此处的值不符合要求{detail}", "invalid value{detail}"),
    "pydantic.extra_forbidden": ("不认识的字段", "unknown field"),
    "pydantic.missing": ("缺少必填字段", "required field is missing"),
    "pydantic.model_type": ("此处应为“键: 值”的若干行", "expected key: value lines here"),
    "pydantic.model_attributes_type": ("此处应为“键: 值”的若干行", "expected key: value lines here"),
    "pydantic.dict_type": ("此处应为“键: 值”的若干行", "expected key: value lines here"),
    "pydantic.list_type": ("此处应为列表（以 - 开头的若干行）", "expected a list here (lines starting with -)"),
    "pydantic.string_type": ("此处应为文字", "expected text here"),
    "pydantic.string_too_short": ("不能为空", "must not be empty"),
    "pydantic.int_type": ("应为整数", "expected a whole number"),
    "pydantic.int_parsing": ("应为整数", "expected a whole number"),
    "pydantic.int_from_float": ("应为整数", "expected a whole number"),
    "pydantic.float_type": ("应为数字", "expected a number"),
    "pydantic.float_parsing": ("应为数字", "expected a number"),
    "pydantic.finite_number": ("应为有限的数字", "expected a finite number"),
    "pydantic.bool_type": ("应为“是”或“否”", "expected true or false"),
    "pydantic.bool_parsing": ("应为“是”或“否”", "expected true or false"),
    "pydantic.literal_error": ("只能是 {expected}", "expected {expected}"),
    "pydantic.greater_than": ("必须大于 {gt}", "must be greater than {gt}"),
    "pydantic.greater_than_equal": ("必须不小于 {ge}", "must be at least {ge}"),
    "pydantic.less_than": ("必须小于 {lt}", "must be less than {lt}"),
    "pydantic.less_than_equal": ("必须不大于 {le}", "must be at most {le}"),
    "pydantic.too_short": ("至少需要 {min_length} 项", "needs at least {min_length} item(s)"),
    "pydantic.too_long": ("最多 {max_length} 项", "at most {max_length} item(s)"),
    "pydantic.string_too_long": ("不能超过 {max_length} 个字符", "at most {max_length} characters"),
    # a number with thousands separators inside braces (yamlio._check_split_number)
    "yaml.number_comma_in_braces": (
        "数字 {written} 中的逗号在花括号内会把这一项拆成两项（逗号后的部分被当成另一个字段）",
        "the comma in the number {written} splits the entry inside braces (what follows it is "
        "read as another key)"),
    "yaml.hint.number_comma_in_braces": (
        "请写成 {plain}（不加逗号），或加引号写成 '{written}'",
        "write {plain} (without the comma), or quote it: '{written}'"),
    # pydantic's errors the types of nsc-check's models can give, every one worded here
    # (tests/test_pydantic_words.py walks the models for them)
    "pydantic.invalid_key": ("不认识的字段（字段名应为文字，不能是数字）",
                             "unknown field (a field name is a word, not a number)"),
    "pydantic.date_type": ("应为日期，写法如 2010-12-31", "expected a date, written like 2010-12-31"),
    "pydantic.date_parsing": ("应为日期，写法如 2010-12-31",
                              "expected a date, written like 2010-12-31"),
    "pydantic.date_from_datetime_parsing": ("应为日期，写法如 2010-12-31",
                                            "expected a date, written like 2010-12-31"),
    "pydantic.date_from_datetime_inexact": ("应为日期（不带时间），写法如 2010-12-31",
                                            "expected a date without a time, written like "
                                            "2010-12-31"),
    "pydantic.int_parsing_size": ("数字太大", "the number is too large"),
    "pydantic.tuple_type": ("此处应为列表（以 - 开头的若干行）",
                            "expected a list here (lines starting with -)"),
    "pydantic.none_required": ("此处应留空", "expected nothing here"),
}
