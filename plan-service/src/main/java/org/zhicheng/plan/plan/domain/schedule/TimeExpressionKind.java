package org.zhicheng.plan.plan.domain.schedule;

/** The forms a time takes in the seed notices. */
public enum TimeExpressionKind {
    /** A whole month: "12 月" (000, 002). */
    MONTH,
    /** Consecutive months: "9-10 月", "8-9 月" (002). */
    MONTH_RANGE,
    /** Several separate months, e.g. the quarterly batches of initial certification "3月、6月、9月、12月" (001). */
    MONTHS,
    /** Part of a month: 上旬 (1st–10th), 中旬 (11th–20th), 下旬 (21st–end), 初 and 底/末 (002 "8 月下旬"). */
    PART_OF_MONTH,
    /** "by a date", inclusive: "9 月 30 日前" (002); the range starts at the beginning of the year. */
    BEFORE_DATE,
    /** One day: "2024 年 8 月 23 日", "9 月 5 日" (003). */
    DATE,
    /** A start and a completion time given in two columns (001 启动时间/完成时间), written "启动 6 月；完成 8 月". */
    START_COMPLETION,
    /** "按省高评委评审计划另定" (002): fixed later by the provincial plan; no range. */
    TO_BE_FIXED_BY_PROVINCIAL_PLAN,
    /** Other words for "to be announced" (另行通知, 待定); no range. */
    TO_BE_ANNOUNCED
}
