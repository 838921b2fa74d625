package org.zhicheng.education.compliance;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.education.compliance.domain.HoursRule;
import org.zhicheng.education.compliance.domain.RuleSet;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Reading and editing rule sets. Only the HR bureau of a region (or of a region covering it) writes its rule sets;
 * each write is a new version, refused whole (422 naming the rule) when its numbers contradict each other.
 */
@Service
class RuleSetService {

    private final RuleSetStore store;
    private final Clock clock;

    RuleSetService(RuleSetStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    StoredRuleSet inForce(String region, int year) {
        return store.inForce(region, year).orElseThrow(() -> Problems.notFound("rule-set", region));
    }

    @Transactional(readOnly = true)
    List<StoredRuleSet> history(String region) {
        return store.history(region);
    }

    @Transactional
    StoredRuleSet write(ZhichengPrincipal user, String region, RuleSetRequest request) {
        if (user == null || !user.hasRole(Roles.HR_BUREAU)) {
            throw Problems.forbidden("rule-set.role-required", Roles.HR_BUREAU);
        }
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("rule-set.out-of-scope", region);
        }
        requireWellFormed(request.rules());
        RuleSet ruleSet = new RuleSet(region, request.validFrom(), request.rules());
        List<String> contradictions = ruleSet.contradictions();
        if (!contradictions.isEmpty()) {
            String first = contradictions.getFirst();
            throw Problems.ruleViolated("rule-set.contradictory", first.substring(0, first.indexOf(':')),
                    String.join("; ", contradictions)).withErrors(contradictions.stream()
                            .map(text -> new FieldProblem("rules", "rule-set.contradictory", text)).toList());
        }
        StoredRuleSet stored = new StoredRuleSet(UUID.randomUUID(), store.nextVersion(region, request.validFrom()),
                ruleSet, request.reason(), user.actor(),
                clock.instant());
        store.insert(stored);
        return stored;
    }

    /** Every rule needs a code (unique in the set), a notice and a route to apply to. */
    private static void requireWellFormed(List<HoursRule> rules) {
        Set<String> codes = new HashSet<>();
        for (int index = 0; index < rules.size(); index++) {
            HoursRule rule = rules.get(index);
            String field = "rules[" + index + "]";
            if (rule.code() == null || rule.code().isBlank()) {
                throw invalid(field + ".code", "rule-set.code-missing");
            }
            if (!codes.add(rule.code())) {
                throw invalid(field + ".code", "rule-set.code-repeated", rule.code());
            }
            if (rule.notice() == null || rule.notice().isBlank()) {
                throw invalid(field + ".notice", "rule-set.notice-missing", rule.code());
            }
            if (rule.appliesTo() == null || rule.appliesTo().route() == null) {
                throw invalid(field + ".appliesTo.route", "rule-set.route-missing", rule.code());
            }
        }
    }

    private static RuntimeException invalid(String field, String code, Object... arguments) {
        return Problems.badRequest(code, arguments).withErrors(List.of(new FieldProblem(field, code, code)));
    }
}
