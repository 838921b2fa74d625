package org.zhicheng.application.archive.domain;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.starter.problem.RuleRefused;

/**
 * The representative achievements (代表性成果制度, 000 二(一)) a person puts forward: at most {@code maximum} (five by
 * default, configuration), each one of their achievements, each once.
 */
public final class RepresentativeAchievements {

    public static final String RULE = "000-二(一)";

    private final int maximum;

    public RepresentativeAchievements(int maximum) {
        if (maximum < 1) {
            throw new IllegalArgumentException("at least one representative achievement must be allowed");
        }
        this.maximum = maximum;
    }

    public int maximum() {
        return maximum;
    }

    /**
     * @throws RuleRefused {@code archive.too-many-representative} (count, maximum),
     *                     {@code archive.representative-unknown} (id)
     */
    public void check(ArchiveContent content) {
        if (content.representative().size() > maximum) {
            throw new RuleRefused("archive.too-many-representative", RULE, content.representative().size(), maximum);
        }
        Set<UUID> seen = new HashSet<>();
        for (UUID id : content.representative()) {
            if (!seen.add(id) || content.achievement(id).isEmpty()) {
                throw new RuleRefused("archive.representative-unknown", RULE, id);
            }
        }
    }
}
