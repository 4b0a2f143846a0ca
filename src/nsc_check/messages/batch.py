"""Messages of `nsc-check batch`: finding the cities' evidence folders."""

TEXTS: dict[str, tuple[str, str]] = {
    "batch.not_a_folder": ("不是文件夹", "not a folder"),
    "batch.hint.folders": ("请给出证据文件夹，或存放证据文件夹的文件夹",
                           "give evidence folders, or folders holding them"),
    "batch.no_city_file": ("有 YAML 文件但没有 {city_file}：未评估",
                           "holds YAML files but no {city_file}: not assessed"),
    "batch.hint.add_city_file": ("如果这是某个城市的证据文件夹，请补上 {city_file}",
                                 "add {city_file} if this is a city's evidence folder"),
    "batch.no_cities": ("这里和其下一级文件夹中都没有 {city_file}",
                        "no {city_file} here nor in any folder directly inside"),
    "batch.hint.no_cities": ("请给出一个城市的证据文件夹，或存放多个城市证据文件夹的文件夹",
                             "give a city's evidence folder or the folder that holds several of "
                             "them"),
    "batch.internal_error": ("读取该城市时发生内部错误：{error}",
                             "internal error while reading this city: {error}"),
    "batch.hint.report": ("请连同该城市的文件一起反馈此问题",
                          "please report it with the city's files"),
    "batch.spool_failed": ("无法在临时文件夹中暂存各城市的评估结果{detail}",
                           "cannot keep the cities' results in the temporary folder{detail}"),
    "batch.hint.spool": ("请腾出临时文件夹的空间，或用环境变量 TMPDIR 指定另一个有空间的文件夹",
                         "free space in the temporary folder, or name another one in TMPDIR"),
}
