package org.zhicheng.plan.catalog;

/** A specialty (专业) of a series. */
public record SpecialtyView(String code, String nameZh) {
}
