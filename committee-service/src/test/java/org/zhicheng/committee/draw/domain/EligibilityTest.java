package org.zhicheng.committee.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.zhicheng.committee.draw.domain.DrawFixtures.LEVEL;
import static org.zhicheng.committee.draw.domain.DrawFixtures.SPECIALTY;
import static org.zhicheng.committee.draw.domain.DrawFixtures.constraints;
import static org.zhicheng.committee.draw.domain.DrawFixtures.expert;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class EligibilityTest {

    private final Eligibility eligibility = new Eligibility();
    private final Assignment alice = new Assignment("A-1", "P-ALICE", "Shangyu Bridge Co");
    private final Assignment bob = new Assignment("A-2", "P-BOB", "Liandu Hospital");

    @Test
    void keepsOnlyExpertsOfTheMeetingsSpecialtiesAndLevelsInCanonicalOrder() {
        List<Candidate> pool = List.of(
                expert("E-3"),
                new Candidate("E-2", "水利工程", LEVEL, "U", null, List.of()),
                new Candidate("E-4", SPECIALTY, "FULL_SENIOR", "U", null, List.of()),
                expert("E-1"));

        EligiblePool result = eligibility.assess(constraints(5, 0), pool, List.of(alice));

        assertThat(result.expertIds()).containsExactly("E-1", "E-3");
        assertThat(result.notMatching()).isEqualTo(2);
        assertThat(result.exclusions()).isEmpty();
    }

    @Test
    void excludesAnExpertOfTheSameUnitAsAnApplicant() {
        EligiblePool result = eligibility.assess(constraints(5, 0),
                List.of(expert("E-1", "Shangyu Bridge Co"), expert("E-2")), List.of(alice, bob));

        assertThat(result.expertIds()).containsExactly("E-2");
        assertThat(result.exclusions()).containsExactly(new Exclusion("E-1", ExclusionReason.SAME_UNIT_AS_APPLICANT,
                "A-1", null, "Shangyu Bridge Co", ConflictType.SAME_UNIT, null));
    }

    @Test
    void excludesAnExpertWhoIsAnApplicant() {
        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert("P-BOB"), expert("E-2")),
                List.of(alice, bob));

        assertThat(result.exclusions()).containsExactly(
                new Exclusion("P-BOB", ExclusionReason.IS_APPLICANT, "A-2", "P-BOB", null, null, null));
    }

    @Test
    void excludesAnExpertWithADeclaredConflictNamingAnApplicant() {
        Conflict relative = Conflict.withPerson(ConflictType.RELATIVE, ConflictSource.DECLARED, "P-ALICE");

        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert("E-1", "Elsewhere", relative)),
                List.of(alice, bob));

        assertThat(result.eligible()).isEmpty();
        assertThat(result.exclusions()).containsExactly(new Exclusion("E-1", ExclusionReason.CONFLICT_WITH_APPLICANT,
                "A-1", "P-ALICE", null, ConflictType.RELATIVE, ConflictSource.DECLARED));
    }

    @Test
    void excludesAnExpertWithAPinnedConflictNamingAnApplicantsUnit() {
        Conflict collaborator = Conflict.withUnit(ConflictType.COLLABORATOR, ConflictSource.PINNED,
                "Liandu Hospital");

        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert("E-1", "Elsewhere", collaborator)),
                List.of(alice, bob));

        assertThat(result.exclusions()).containsExactly(new Exclusion("E-1",
                ExclusionReason.CONFLICT_WITH_APPLICANT_UNIT, "A-2", null, "Liandu Hospital",
                ConflictType.COLLABORATOR, ConflictSource.PINNED));
    }

    @Test
    void recordsEveryReasonOfAnExpertConflictedSeveralWays() {
        Assignment colleague = new Assignment("A-3", "P-CAROL", "Shangyu Bridge Co");
        Candidate expert = expert("E-1", "Shangyu Bridge Co",
                Conflict.withPerson(ConflictType.OTHER, ConflictSource.PINNED, "P-BOB"),
                Conflict.withUnit(ConflictType.SAME_UNIT, ConflictSource.DECLARED, "Liandu Hospital"));

        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert), List.of(alice, bob, colleague));

        assertThat(result.exclusions()).extracting(Exclusion::reason, Exclusion::applicationId).containsExactly(
                tuple(ExclusionReason.SAME_UNIT_AS_APPLICANT, "A-1"),
                tuple(ExclusionReason.SAME_UNIT_AS_APPLICANT, "A-3"),
                tuple(ExclusionReason.CONFLICT_WITH_APPLICANT, "A-2"),
                tuple(ExclusionReason.CONFLICT_WITH_APPLICANT_UNIT, "A-2"));
    }

    @Test
    void keepsAnExpertWhoseConflictsConcernNoAssignedApplication() {
        Candidate expert = expert("E-1", "Elsewhere",
                Conflict.withPerson(ConflictType.RELATIVE, ConflictSource.DECLARED, "P-SOMEONE-ELSE"),
                Conflict.withUnit(ConflictType.OTHER, ConflictSource.PINNED, "Another Unit"));

        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert), List.of(alice, bob));

        assertThat(result.expertIds()).containsExactly("E-1");
        assertThat(eligibility.conflictsOf(expert, List.of(alice, bob))).isEmpty();
    }

    @Test
    void anApplicantWithoutUnitExcludesNobodyByUnit() {
        Assignment freelancer = new Assignment("A-9", "P-FREE", null);

        EligiblePool result = eligibility.assess(constraints(5, 0), List.of(expert("E-1", null)),
                List.of(freelancer));

        assertThat(result.expertIds()).containsExactly("E-1");
    }

    @Test
    void refusesAPoolListingAnExpertTwice() {
        assertThatThrownBy(() -> eligibility.assess(constraints(5, 0), List.of(expert("E-1"), expert("E-1")),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E-1");
    }

    @Test
    void aConflictNamesExactlyOnePersonOrUnit() {
        assertThatThrownBy(() -> new Conflict(ConflictType.OTHER, ConflictSource.DECLARED, "P-1", "U-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Conflict(ConflictType.OTHER, ConflictSource.DECLARED, " ", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assessesTenThousandExpertsAgainstFiftyApplications() {
        List<Assignment> assignments = new ArrayList<>();
        for (int a = 0; a < 50; a++) {
            assignments.add(new Assignment("A-" + a, "P-" + a, "Unit-" + a));
        }
        List<Candidate> pool = new ArrayList<>();
        int expectedExcluded = 0;
        for (int i = 0; i < 10_000; i++) {
            String unit = "Unit-" + (i % 500); // units 0..49 are applicants' units: every tenth expert
            List<Conflict> conflicts = i % 97 == 0
                    ? List.of(Conflict.withPerson(ConflictType.COLLABORATOR, ConflictSource.DECLARED, "P-" + (i % 50)))
                    : List.of();
            if (i % 500 < 50 || i % 97 == 0) {
                expectedExcluded++;
            }
            pool.add(new Candidate("E-%05d".formatted(i), SPECIALTY, LEVEL, unit, "33", conflicts));
        }

        EligiblePool result = eligibility.assess(constraints(9, 4), pool, assignments);

        assertThat(result.size()).isEqualTo(10_000 - expectedExcluded);
        assertThat(result.expertIds()).isSorted().doesNotHaveDuplicates();
        assertThat(result.exclusions().stream().map(Exclusion::expertId).distinct()).hasSize(expectedExcluded);
        assertThat(result.eligible()).noneMatch(c -> Integer.parseInt(c.unit().substring(5)) < 50);
    }
}
