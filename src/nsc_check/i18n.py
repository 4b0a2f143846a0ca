"""Interface strings of the reports, in zh and en. Pack and result texts carry their own."""

from __future__ import annotations

from .text import Lang

STRINGS: dict[str, tuple[str, str]] = {
    "title": ("国家卫生城市创建自评报告", "National Sanitary City self-assessment"),
    "city": ("城市", "City"),
    "pack": ("评估标准", "Criteria"),
    "as_of": ("评估日期", "Assessment date"),
    "verdict": ("结论", "Verdict"),
    "score": ("总得分", "Score"),
    "reasons": ("原因", "Why"),
    "conditions": ("基本条件", "Basic conditions"),
    "sections": ("各部分得分", "Sections"),
    "gaps": ("差距清单", "Gaps"),
    "no_gaps": ("没有差距", "No gaps"),
    "id": ("编号", "Id"),
    "item": ("项目", "Item"),
    "status": ("状态", "Status"),
    "detail": ("说明", "Detail"),
    "points": ("得分", "Points"),
    "percent": ("得分率", "Percent"),
    "floor": ("底线", "Floor"),
    "progress": ("进度", "Progress"),
    "open": ("差距", "Gaps"),
    "measured": ("现状", "Measured"),
    "required": ("要求", "Required"),
    "gap": ("差距", "Gap"),
    "lead": ("责任单位", "Lead"),
    "evidence": ("证据", "Evidence"),
    "remediation": ("整改建议", "Remediation"),
    "findings": ("发现问题", "Findings"),
    "figure_note": ("适用标准", "Figure applied"),
    "rests_on": ("依据指标", "Rests on"),
    "filtered": ("（已筛选）", "(filtered)"),
    "tailored": ("已按调整文件裁剪", "tailored by overlay"),
    "not_reported": ("未报送", "not reported"),
    "indicators": ("考核指标", "Indicators"),
}

STATUS: dict[str, tuple[str, str]] = {
    "pass": ("达标", "pass"),
    "partial": ("基本达标", "partial"),
    "fail": ("不达标", "fail"),
    "missing": ("缺证据", "missing"),
    "stale": ("数据过期", "stale"),
    "not_applicable": ("不适用", "n/a"),
    "invalid": ("证据无效", "invalid"),
    "met": ("满足", "met"),
    "not_met": ("未满足", "not met"),
    "undetermined": ("无法判定", "undetermined"),
    "not_eligible": ("不具备申报条件", "not eligible to apply"),
    "eligible_not_ready": ("具备申报条件，尚未达到申报要求", "eligible, not yet ready"),
    "ready": ("可以申报", "ready to apply"),
}


def t(key: str, lang: Lang) -> str:
    zh, en = STRINGS[key]
    return zh if lang == "zh" else en


def status(key: str, lang: Lang) -> str:
    zh, en = STATUS[key]
    return zh if lang == "zh" else en
