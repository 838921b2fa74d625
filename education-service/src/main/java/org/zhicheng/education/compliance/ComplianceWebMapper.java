package org.zhicheng.education.compliance;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.education.compliance.ComplianceService.Outcome;

/** Between the rule-set and compliance API records and the stored rule sets and answers. */
@Mapper(componentModel = "spring")
interface ComplianceWebMapper {

    @Mapping(target = "region", source = "ruleSet.region")
    @Mapping(target = "validFrom", source = "ruleSet.validFrom")
    @Mapping(target = "rules", source = "ruleSet.rules")
    RuleSetView toView(StoredRuleSet stored);

    List<RuleSetView> toViews(List<StoredRuleSet> stored);

    @Mapping(target = "region", source = "ruleSet.region")
    @Mapping(target = "validFrom", source = "ruleSet.validFrom")
    ComplianceView.RuleSetRef toRef(StoredRuleSet stored);

    @Mapping(target = "person", source = "request.person")
    @Mapping(target = "region", source = "request.region")
    @Mapping(target = "applicationYear", source = "request.applicationYear")
    @Mapping(target = "compliant", source = "outcome.answer.compliant")
    @Mapping(target = "rulesApplied", source = "outcome.answer.rulesApplied")
    @Mapping(target = "ruleSet", source = "outcome.ruleSet")
    @Mapping(target = "findings", source = "outcome.answer.findings")
    ComplianceView toView(ComplianceCheckRequest request, Outcome outcome);
}
