package org.zhicheng.plan.catalog;

/**
 * Another name of a title as notices print it ("三级舞美设计（设计）" for 三级舞美设计师, 000 附件1 row 28), which the
 * plan import reads as the title; {@code note} says where the spelling comes from.
 */
public record TitleAliasView(String alias, String title, String note) {
}
