package org.zhicheng.plan.catalog;

import java.util.List;

/**
 * A series (系列) and its specialties. {@code examOnly}: junior and intermediate titles come only from national exams.
 */
public record SeriesView(String code, String nameZh, String nameEn, boolean examOnly, List<SpecialtyView> specialties) {
}
