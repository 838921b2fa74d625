package org.zhicheng.application.eligibility.rules;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.ArchiveContent.Education;
import org.zhicheng.application.archive.domain.ArchiveContent.TitleHeld;
import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityProperties;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * 初定 (000 二(三)): a graduate is certified by education after the professional working years the degree needs for the
 * level ({@code initial-certification-years}). 全区民营工业企业（建筑、水利、交通、商贸服务等非工业企业除外）中专业不对口的大中专毕业生，
 * 可通过"专业技术工作年限增加1年"的方式进行初定: a mismatched major is certified only in a private industrial enterprise,
 * with {@code initial-certification-extra-years} more. 初定职称后取得更高学历或学位的，可按新学历或学位再次初定: certified once per
 * degree; a later, higher one allows it again.
 */
public final class InitialCertification implements EligibilityRule {

    private final EligibilityProperties properties;

    public InitialCertification(EligibilityProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "initial-certification";
    }

    @Override
    public String notice() {
        return "000-二(三)";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.INITIAL_CERTIFICATION || c.title() == null) {
            return notApplicable();
        }
        Optional<Education> degree = c.archive().education().stream()
                .filter(e -> e.degree() != null && e.graduatedOn() != null)
                .max(Comparator.comparing(Education::degree));
        if (degree.isEmpty()) {
            return failed("eligibility.archive-incomplete", "education");
        }
        Map<String, Integer> byLevel = properties.initialCertificationYears().get(degree.get().degree().name());
        Integer required = byLevel == null ? null : byLevel.get(c.title().level());
        if (required == null) {
            return failed("eligibility.initial-level", degree.get().degree(), c.title().name());
        }
        Boolean matches = c.particulars().majorMatches();
        if (matches == null) {
            return failed("eligibility.major-match-unstated");
        }
        if (!matches) {
            if (c.employment().unitType() != UnitType.PRIVATE_INDUSTRIAL_ENTERPRISE) {
                return failed("eligibility.major-mismatch", degree.get().major(), c.specialty());
            }
            required += properties.initialCertificationExtraYears();
        }
        Optional<TitleHeld> certified = c.archive().titles().stream()
                .filter(t -> "INITIAL_CERTIFICATION".equals(t.via()) && t.obtainedOn() != null)
                .max(Comparator.comparing(TitleHeld::obtainedOn));
        if (certified.isPresent() && !degree.get().graduatedOn().isAfter(certified.get().obtainedOn())) {
            return failed("eligibility.already-certified", certified.get().name(), certified.get().obtainedOn());
        }
        int years = Years.professional(c.archive().work(), degree.get().graduatedOn(), Years.countedTo(c));
        if (years < required) {
            return failed("eligibility.initial-years", degree.get().degree(), years, required);
        }
        return passed();
    }
}
