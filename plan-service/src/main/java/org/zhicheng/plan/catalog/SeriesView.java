package org.zhicheng.plan.catalog;

import java.util.List;

/**
 * A series (系列) and its specialties. {@code examOnly}: junior and intermediate titles come only from national exams.
 * {@code active} false: kept for the plans that name it, refused in new plans.
 */
public record SeriesView(String code, String nameZh, String nameEn, boolean examOnly, boolean active,
        List<SpecialtyView> specialties) {
}
