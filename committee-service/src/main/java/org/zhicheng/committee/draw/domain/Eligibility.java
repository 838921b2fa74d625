package org.zhicheng.committee.draw.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MOHRSS order 40: an expert with an interest that could affect impartiality withdraws (回避); 000 三(一), 002 一(四):
 * the panel is drawn from the pool. Builds a meeting's eligible pool: the pool members matching the meeting's
 * specialties and title levels, minus everyone who
 * <ul>
 * <li>is an assigned applicant ({@link ExclusionReason#IS_APPLICANT}),</li>
 * <li>works in an assigned applicant's unit ({@link ExclusionReason#SAME_UNIT_AS_APPLICANT}),</li>
 * <li>declared, or had pinned, a conflict naming an assigned applicant
 * ({@link ExclusionReason#CONFLICT_WITH_APPLICANT}) or an assigned applicant's unit
 * ({@link ExclusionReason#CONFLICT_WITH_APPLICANT_UNIT}).</li>
 * </ul>
 * Every exclusion is recorded with its reason; values are compared exactly as written (after stripping blanks). Linear
 * in pool size plus conflicts: the applicants are indexed by person and by unit once.
 */
public final class Eligibility {

    public static final String RULE = "MOHRSS-40";
    /** An emergency pick by name of an expert conflicted with an assigned application (arguments: expert, reason, application). */
    public static final String EMERGENCY_CONFLICT_CODE = "draw.emergency-conflict";

    /**
     * The eligible pool for the meeting.
     *
     * @throws IllegalArgumentException if two pool members share an expert id
     */
    public EligiblePool assess(DrawConstraints constraints, Collection<Candidate> pool, List<Assignment> assignments) {
        Applicants applicants = new Applicants(assignments);
        List<Candidate> matching = new ArrayList<>(pool.size());
        Set<String> seen = new HashSet<>();
        int notMatching = 0;
        for (Candidate candidate : pool) {
            if (!seen.add(candidate.expertId())) {
                throw new IllegalArgumentException("expert " + candidate.expertId() + " is in the pool twice");
            }
            if (constraints.matches(candidate)) {
                matching.add(candidate);
            } else {
                notMatching++;
            }
        }
        matching.sort(Comparator.comparing(Candidate::expertId));
        List<Candidate> eligible = new ArrayList<>(matching.size());
        List<Exclusion> exclusions = new ArrayList<>();
        for (Candidate candidate : matching) {
            List<Exclusion> found = applicants.conflictsOf(candidate);
            if (found.isEmpty()) {
                eligible.add(candidate);
            } else {
                exclusions.addAll(found);
            }
        }
        return new EligiblePool(constraints, assignments, eligible, exclusions, notMatching);
    }

    /**
     * The reasons the candidate may not sit on a panel reviewing these applications, empty if none; what an emergency
     * pick by name must pass too.
     */
    public List<Exclusion> conflictsOf(Candidate candidate, List<Assignment> assignments) {
        return new Applicants(assignments).conflictsOf(candidate);
    }

    /** The assigned applications indexed by applicant person and by applicant unit. */
    private static final class Applicants {

        private final Map<String, List<Assignment>> byPerson = new HashMap<>();
        private final Map<String, List<Assignment>> byUnit = new HashMap<>();

        Applicants(List<Assignment> assignments) {
            for (Assignment assignment : assignments) {
                byPerson.computeIfAbsent(assignment.applicantPerson(), key -> new ArrayList<>()).add(assignment);
                if (assignment.applicantUnit() != null) {
                    byUnit.computeIfAbsent(assignment.applicantUnit(), key -> new ArrayList<>()).add(assignment);
                }
            }
        }

        List<Exclusion> conflictsOf(Candidate candidate) {
            List<Exclusion> found = new ArrayList<>(0);
            String expert = candidate.expertId();
            for (Assignment assignment : byPerson.getOrDefault(expert, List.of())) {
                found.add(new Exclusion(expert, ExclusionReason.IS_APPLICANT, assignment.applicationId(),
                        assignment.applicantPerson(), null, null, null));
            }
            if (candidate.unit() != null) {
                for (Assignment assignment : byUnit.getOrDefault(candidate.unit(), List.of())) {
                    found.add(new Exclusion(expert, ExclusionReason.SAME_UNIT_AS_APPLICANT,
                            assignment.applicationId(), null, assignment.applicantUnit(), ConflictType.SAME_UNIT,
                            null));
                }
            }
            for (Conflict conflict : candidate.conflicts()) {
                if (conflict.person() != null) {
                    for (Assignment assignment : byPerson.getOrDefault(conflict.person(), List.of())) {
                        found.add(new Exclusion(expert, ExclusionReason.CONFLICT_WITH_APPLICANT,
                                assignment.applicationId(), conflict.person(), null, conflict.type(),
                                conflict.source()));
                    }
                } else {
                    for (Assignment assignment : byUnit.getOrDefault(conflict.unit(), List.of())) {
                        found.add(new Exclusion(expert, ExclusionReason.CONFLICT_WITH_APPLICANT_UNIT,
                                assignment.applicationId(), null, conflict.unit(), conflict.type(),
                                conflict.source()));
                    }
                }
            }
            return found;
        }
    }
}
