package org.zhicheng.application.eligibility.rules;

import java.util.Objects;

import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 职称申报评审原则上按人事隶属关系进行申报（社会保险、人事档案、劳动关系三者一致），… 三者不在一个地区的 … 原则上由社会保险所在单位申报
 * (002 二(一)): the three regions are stated; when they differ, the application comes from the unit paying the social
 * insurance.
 */
public final class PersonnelAffiliation implements EligibilityRule {

    @Override
    public String name() {
        return "personnel-affiliation";
    }

    @Override
    public String notice() {
        return "002-二(一)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        ArchiveContent.Employment e = c.employment();
        if (e.socialInsuranceRegion() == null || e.archiveRegion() == null || e.laborRelationRegion() == null) {
            return failed("eligibility.affiliation-unstated");
        }
        if (e.socialInsuranceRegion().equals(e.archiveRegion())
                && e.archiveRegion().equals(e.laborRelationRegion())) {
            return passed();
        }
        if (e.socialInsuranceUnit() == null || !Objects.equals(e.socialInsuranceUnit(), e.unit())) {
            return failed("eligibility.affiliation-insuring-unit", e.socialInsuranceRegion(), e.archiveRegion(),
                    e.laborRelationRegion(), e.socialInsuranceUnit());
        }
        return new Finding(name(), notice(), Finding.Outcome.PASSED, "eligibility.affiliation-by-insurance",
                java.util.List.of(e.socialInsuranceUnit()));
    }
}
