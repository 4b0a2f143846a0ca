"""Messages of issue 14's checks outside the other parts' areas: a saved result's repeated ids
(diff), the scoring models, and the reports' words for items met (packs scored without points)."""

TEXTS: dict[str, tuple[str, str]] = {
    "structure.diff_repeated_id": ("编号 {id} 在结果中出现了两次：无法判断该比较哪一个",
                                   "the id {id} is in the result twice: which to compare cannot "
                                   "be told"),
}
