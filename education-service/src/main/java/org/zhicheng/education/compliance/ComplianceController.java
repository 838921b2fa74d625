package org.zhicheng.education.compliance;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/education/compliance-checks")
@Tag(name = "compliance", description = "Continuing-education compliance checks (继续教育学时核验)")
class ComplianceController {

    private final ComplianceService compliance;
    private final ComplianceWebMapper mapper;

    ComplianceController(ComplianceService compliance, ComplianceWebMapper mapper) {
        this.compliance = compliance;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(summary = "Is a person's recorded hours enough for a title? Compliant or not, with the reasons",
            description = "Answers with every finding (year or window, category, required, recorded, rule, notice) "
                    + "of the rule set in force for the region and application year (a district inherits its "
                    + "city's). Scope: the applicant for themself, an employer for people of its unit (404 "
                    + "person.not-found otherwise), an HR bureau for its region, the platform and service accounts. "
                    + "404 rule-set.not-found when no rule set covers the region.")
    ComplianceView check(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody ComplianceCheckRequest body) {
        return mapper.toView(body, compliance.check(user, body));
    }
}
