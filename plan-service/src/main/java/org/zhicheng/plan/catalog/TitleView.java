package org.zhicheng.plan.catalog;

/**
 * A title (职称) of a series at a level, e.g. 高级工程师 = ENGINEERING at DEPUTY_SENIOR; {@code active} false: refused
 * in new plans.
 */
public record TitleView(String code, String series, String level, String nameZh, boolean active) {
}
