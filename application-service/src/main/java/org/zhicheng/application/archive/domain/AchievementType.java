package org.zhicheng.application.archive.domain;

/** The kinds of achievement the notices name (论文、项目、专利、奖项、标准、著作、报告). */
public enum AchievementType {
    PAPER,
    PROJECT,
    PATENT,
    AWARD,
    STANDARD,
    WORK,
    REPORT
}
