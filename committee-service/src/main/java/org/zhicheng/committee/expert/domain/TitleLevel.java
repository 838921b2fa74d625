package org.zhicheng.committee.expert.domain;

/** The level of an expert's own title: 中级 / 副高级 / 正高级 (catalog level codes). */
public enum TitleLevel {
    INTERMEDIATE,
    DEPUTY_SENIOR,
    FULL_SENIOR
}
