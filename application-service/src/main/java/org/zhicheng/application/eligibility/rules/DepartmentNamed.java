package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityProperties;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 通过个人申报、单位审核、主管部门和中评委推荐等程序上报 (003 三): where the level or the route goes through the competent
 * department ({@code department-levels}, {@code department-routes}), the archive names it.
 */
public final class DepartmentNamed implements EligibilityRule {

    private final EligibilityProperties properties;

    public DepartmentNamed(EligibilityProperties properties) {
        this.properties = properties;
    }

    /** Whether an application of this level and route is recommended by the competent department. */
    public static boolean needed(EligibilityProperties properties, String level, String route) {
        return properties.departmentLevels().contains(level) || properties.departmentRoutes().contains(route);
    }

    @Override
    public String name() {
        return "department-named";
    }

    @Override
    public String notice() {
        return "003-三";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.title() == null || !needed(properties, c.title().level(), c.route().name())) {
            return notApplicable();
        }
        String department = c.employment().department();
        if (department == null || department.isBlank()) {
            return failed("eligibility.department-required", c.title().name());
        }
        return passed();
    }
}
