package org.zhicheng.plan.catalog;

/** A title level (级别); {@code rank} orders them from 员级 (1) to 正高级 (5). */
public record LevelView(String code, String nameZh, String nameEn, int rank) {
}
