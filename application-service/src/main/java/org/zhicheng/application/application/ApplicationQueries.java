package org.zhicheng.application.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Desk;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

/**
 * The lists of applications each desk sees, with the same scope as {@link ApplicationAccess}, and its work queue
 * ({@code holding}: those the caller's desk holds now, oldest first) with counts per state.
 */
@Service
public class ApplicationQueries {

    private final ApplicationRepository applications;
    private final ApplicationProperties properties;

    ApplicationQueries(ApplicationRepository applications, ApplicationProperties properties) {
        this.applications = applications;
        this.properties = properties;
    }

    /** The list's filters, all optional. */
    public record Filter(List<ApplicationState> states, Integer year, String title, String committee,
            boolean holding) {
    }

    private record Scope(String where, Map<String, Object> params, Desk desk, String holder) {
    }

    @Transactional(readOnly = true)
    public PageView<Application> page(ZhichengPrincipal user, Filter filter, int page, int size) {
        PageView.requireValid(page, size, properties.maxPageSize());
        Scope scope = scope(user);
        StringBuilder where = new StringBuilder(scope.where());
        Map<String, Object> params = new HashMap<>(scope.params());
        if (filter.states() != null && !filter.states().isEmpty()) {
            where.append(" AND state = ANY(:states)");
            params.put("states", filter.states().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.year() != null) {
            where.append(" AND year = :year");
            params.put("year", filter.year());
        }
        if (filter.title() != null) {
            where.append(" AND title = :title");
            params.put("title", filter.title());
        }
        if (filter.committee() != null) {
            where.append(" AND committee = :committee");
            params.put("committee", filter.committee());
        }
        if (filter.holding()) {
            appendHolding(scope, where, params);
        }
        String order = filter.holding() ? "held_since, id" : "updated_at DESC, id";
        return PageView.of(applications.page(where.toString(), params, order, page * size, size), page, size,
                applications.count(where.toString(), params));
    }

    /** How many of the caller's applications are in each state, and how many their desk holds now. */
    @Transactional(readOnly = true)
    public Map<String, Object> counts(ZhichengPrincipal user) {
        Scope scope = scope(user);
        Map<String, Object> counts = new java.util.LinkedHashMap<>();
        counts.put("desk", scope.desk());
        counts.put("byState", applications.countByState(scope.where(), scope.params()));
        StringBuilder holding = new StringBuilder(scope.where());
        Map<String, Object> params = new HashMap<>(scope.params());
        appendHolding(scope, holding, params);
        counts.put("holding", applications.count(holding.toString(), params));
        return counts;
    }

    private static void appendHolding(Scope scope, StringBuilder where, Map<String, Object> params) {
        if (scope.desk() == Desk.OFFICE) {
            where.append(" AND desk = 'OFFICE'");
        } else if (scope.desk() == Desk.HR_BUREAU) {
            where.append(" AND desk = 'HR_BUREAU' AND holder LIKE :holderPrefix");
            params.put("holderPrefix", scope.holder() + "%");
        } else {
            where.append(" AND desk = :desk AND holder = :holder");
            params.put("desk", scope.desk().name());
            params.put("holder", scope.holder());
        }
    }

    private static Scope scope(ZhichengPrincipal user) {
        Map<String, Object> params = new HashMap<>();
        if (user.hasRole(Roles.APPLICANT) && user.person() != null) {
            params.put("person", user.person());
            return new Scope("person = :person", params, Desk.APPLICANT, user.person());
        }
        if (user.hasRole(Roles.EMPLOYER) && user.unit() != null) {
            params.put("unit", user.unit());
            return new Scope("unit = :unit AND submission > 0", params, Desk.UNIT, user.unit());
        }
        if (user.hasRole(Roles.DEPARTMENT) && user.unit() != null) {
            params.put("department", user.unit());
            return new Scope("needs_department AND department = :department AND reached_department_at IS NOT NULL",
                    params, Desk.DEPARTMENT, user.unit());
        }
        if (user.hasRole(Roles.COMMITTEE_OFFICE) && !user.committees().isEmpty()) {
            params.put("committees", user.committees().toArray(String[]::new));
            return new Scope("committee = ANY(:committees) AND reached_office_at IS NOT NULL", params, Desk.OFFICE,
                    null);
        }
        if (user.hasRole(Roles.HR_BUREAU) && user.region() != null) {
            params.put("region", user.region() + "%");
            return new Scope("(region LIKE :region OR plan_region LIKE :region) AND submission > 0", params,
                    Desk.HR_BUREAU, user.region());
        }
        throw Problems.forbidden("application.role-required", Roles.APPLICANT);
    }

    static List<ApplicationState> states(List<String> names) {
        List<ApplicationState> states = new ArrayList<>();
        for (String name : names == null ? List.<String>of() : names) {
            try {
                states.add(ApplicationState.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw Problems.badRequest("application.state-unknown", name);
            }
        }
        return states;
    }
}
