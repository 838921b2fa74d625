package org.zhicheng.application.eligibility.rules;

import java.util.Comparator;
import java.util.Optional;

import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.ArchiveContent.TitleHeld;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.eligibility.ApplicationCase;
import org.zhicheng.application.eligibility.EligibilityProperties;
import org.zhicheng.application.eligibility.EligibilityRule;
import org.zhicheng.application.eligibility.Finding;

/**
 * The normal route's seniority (资历): the title one level below held for {@code seniority-years} of the target level,
 * counted to the plan's seniority cut-off (浙人社发〔2020〕47号, which the notices apply; 003 一(二) for the cut-off).
 * The committees' own conditions (education, achievements) are checked by the office in the qualification review.
 */
public final class NormalSeniority implements EligibilityRule {

    private final EligibilityProperties properties;

    public NormalSeniority(EligibilityProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "normal-seniority";
    }

    @Override
    public String notice() {
        return "浙人社发〔2020〕47号";
    }

    @Override
    public Finding check(ApplicationCase c) {
        if (c.route() != Route.NORMAL || c.title() == null || c.title().rank() <= 1) {
            return notApplicable();
        }
        Integer required = properties.seniorityYears().get(c.title().level());
        if (required == null) {
            return notApplicable();
        }
        String below = TitleInfo.LEVELS.get(c.title().rank() - 2);
        Optional<TitleHeld> held = c.archive().titles().stream()
                .filter(t -> below.equals(t.level()) && t.obtainedOn() != null)
                .min(Comparator.comparing(TitleHeld::obtainedOn));
        if (held.isEmpty()) {
            return failed("eligibility.lower-title-missing", c.title().name(), below);
        }
        int years = Years.between(held.get().obtainedOn(), Years.countedTo(c));
        if (years < required) {
            return failed("eligibility.seniority", held.get().name(), held.get().obtainedOn(), years, required,
                    Years.countedTo(c));
        }
        return passed();
    }
}
