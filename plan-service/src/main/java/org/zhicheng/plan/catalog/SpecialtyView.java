package org.zhicheng.plan.catalog;

/** A specialty (专业) of a series; {@code active} false: refused in new plans. */
public record SpecialtyView(String code, String nameZh, boolean active) {
}
