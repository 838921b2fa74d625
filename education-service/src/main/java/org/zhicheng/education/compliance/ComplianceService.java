package org.zhicheng.education.compliance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.education.compliance.domain.CheckCase;
import org.zhicheng.education.compliance.domain.ComplianceAnswer;
import org.zhicheng.education.hours.PersonHours;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The compliance check. Who may ask: the applicant about themself, an employer about people it has recorded hours
 * for, an HR bureau about its region, the platform, and other services with their service-account token
 * (application-service over Feign).
 */
@Service
class ComplianceService {

    private final RuleSetStore ruleSets;
    private final PersonHours hours;

    ComplianceService(RuleSetStore ruleSets, PersonHours hours) {
        this.ruleSets = ruleSets;
        this.hours = hours;
    }

    /** The rule set that answered and its answer. */
    record Outcome(StoredRuleSet ruleSet, ComplianceAnswer answer) {
    }

    @Transactional(readOnly = true)
    Outcome check(ZhichengPrincipal user, ComplianceCheckRequest request) {
        CheckCase check = request.toCase();
        requireScope(user, check);
        StoredRuleSet stored = ruleSets.inForce(check.region(), check.applicationYear())
                .orElseThrow(() -> Problems.notFound("rule-set", check.region()));
        return new Outcome(stored, stored.ruleSet().check(check, hours.of(check.person())));
    }

    private void requireScope(ZhichengPrincipal user, CheckCase check) {
        if (user == null) {
            throw Problems.forbidden("compliance.role-required", Roles.APPLICANT);
        }
        if (user.hasRole(Roles.PLATFORM) || user.isServiceAccount()
                || user.hasRole(Roles.APPLICANT) && check.person().equals(user.person())
                || user.hasRole(Roles.HR_BUREAU) && user.coversRegion(check.region())) {
            return;
        }
        if (user.hasRole(Roles.EMPLOYER)) {
            if (user.unit() != null && hours.hasEntriesOfUnit(check.person(), user.unit())) {
                return;
            }
            throw Problems.notFound("person", check.person());
        }
        if (user.hasAnyRole(Roles.APPLICANT, Roles.HR_BUREAU)) {
            throw Problems.forbidden("compliance.out-of-scope", check.person(), check.region());
        }
        throw Problems.forbidden("compliance.role-required",
                String.join(", ", Roles.APPLICANT, Roles.EMPLOYER, Roles.HR_BUREAU, Roles.PLATFORM));
    }
}
