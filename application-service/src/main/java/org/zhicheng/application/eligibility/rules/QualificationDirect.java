package org.zhicheng.application.eligibility.rules;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 取得专业技术人员国家职业资格的，可按有关规定直接聘任相应专业技术职务。符合申报条件的，个人可凭职业资格证书和聘任证明，申报高一级职称
 * (002 二(五)): the route needs a professional qualification in the archive and the appointment proof among the
 * applicant's evidence files.
 */
public final class QualificationDirect implements EligibilityRule {

    @Override
    public String name() {
        return "qualification-direct";
    }

    @Override
    public String notice() {
        return "002-二(五)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.QUALIFICATION_DIRECT) {
            return notApplicable();
        }
        if (c.archive().qualifications().stream().noneMatch(q -> "PROFESSIONAL".equals(q.kind()))) {
            return failed("eligibility.qualification-required");
        }
        java.util.UUID proof = c.particulars().appointmentProof();
        if (proof == null || !c.ownEvidence().contains(proof)) {
            return failed("eligibility.appointment-proof-required");
        }
        return passed();
    }
}
