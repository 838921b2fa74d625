package org.zhicheng.education.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.education.compliance.domain.SeedRuleSets.hours;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RuleSetContradictionsTest {

    private static final Applicability ANY = new Applicability(Route.EVALUATION, Set.of(), Set.of());

    @Test
    void theSeedsAreConsistent() {
        assertThat(SeedRuleSets.lishui().contradictions()).isEmpty();
        assertThat(SeedRuleSets.quzhou().contradictions()).isEmpty();
    }

    @Test
    void aPartAboveItsWholeIsNamedWithItsRule() {
        RuleSet broken = new RuleSet("3311", 2025, List.of(new YearlyMinimum("y", "001-五(一)", ANY, hours(90),
                hours(100), hours(18), hours(20), 2019, 2)));
        assertThat(broken.contradictions()).containsExactlyInAnyOrder("y: professional > total",
                "y: generalPublic > publicHours", "y: professional + publicHours > total");
    }

    @Test
    void partsAddingUpToMoreThanTheTotalAndEmptyWindowsAreRefused() {
        RuleSet broken = new RuleSet("3308", 2025, List.of(
                new HoursOverWorkingYears("i", "002-二(三)", ANY, hours(90), hours(40), hours(60)),
                new PublicHoursWindow("w", "002-二(二)", ANY, 0, hours(-1))));
        assertThat(broken.contradictions()).containsExactlyInAnyOrder("i: publicHours + professional > total",
                "w: publicHours < 0", "w: years < 1");
    }
}
