package org.zhicheng.committee.committee.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a committee is: its name, level, kind, series and specialties, the titles it evaluates (评审) and those it only
 * recommends upward (推荐), its territory (GB/T 2260 code), the organising unit (组建单位) and the unit of its office.
 * Names are trimmed, lists never null.
 */
public record CommitteeProfile(String name, CommitteeLevel level, CommitteeKind kind, String series,
        List<String> specialties, List<String> evaluatedTitles, List<String> recommendedTitles, String territory,
        String organisingUnit, String officeUnit) {

    public CommitteeProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(territory, "territory");
        name = name.strip();
        specialties = clean(specialties);
        evaluatedTitles = clean(evaluatedTitles);
        recommendedTitles = clean(recommendedTitles);
        organisingUnit = blankToNull(organisingUnit);
        officeUnit = blankToNull(officeUnit);
        for (String title : evaluatedTitles) {
            if (recommendedTitles.contains(title)) {
                // "工程师评审，高级工程师推荐": a title is either evaluated here or passed upward, never both
                throw new CommitteeInputRejected("committee.title-evaluated-and-recommended", "recommendedTitles",
                        title);
            }
        }
    }

    /**
     * Whether a second registration describes the same committee: equal attributes, lists compared as sets (an import
     * may list specialties in another order).
     */
    public boolean sameAs(CommitteeProfile other) {
        return name.equals(other.name) && level == other.level && kind == other.kind && series.equals(other.series)
                && territory.equals(other.territory) && new HashSet<>(specialties).equals(new HashSet<>(other.specialties))
                && new HashSet<>(evaluatedTitles).equals(new HashSet<>(other.evaluatedTitles))
                && new HashSet<>(recommendedTitles).equals(new HashSet<>(other.recommendedTitles))
                && Objects.equals(organisingUnit, other.organisingUnit) && Objects.equals(officeUnit, other.officeUnit);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).map(String::strip).filter(value -> !value.isEmpty())
                .distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
