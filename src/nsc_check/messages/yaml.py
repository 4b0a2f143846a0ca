"""Messages of reading YAML files, and pydantic's errors reworded (`pydantic.<error type>`):
pydantic's own wording names Python classes (`instance of DepartmentFile`); say what to write."""

TEXTS: dict[str, tuple[str, str]] = {
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
}
