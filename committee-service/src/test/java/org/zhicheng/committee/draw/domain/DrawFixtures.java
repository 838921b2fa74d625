package org.zhicheng.committee.draw.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Fresh test objects for the draw: pools, constraints, fixed seeds and salts, times. */
final class DrawFixtures {

    static final String SPECIALTY = "土木工程";
    static final String LEVEL = "DEPUTY_SENIOR";
    static final Instant T0 = Instant.parse("2024-10-08T01:00:00Z");
    static final DrawRules RULES = new DrawRules();

    private DrawFixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    static DrawConstraints constraints(int panelSize, int alternates) {
        return DrawConstraints.of("M-2024-001", Set.of(SPECIALTY), Set.of(LEVEL), panelSize, alternates);
    }

    /** A matching expert of unit "U-&lt;id&gt;" without conflicts. */
    static Candidate expert(String id) {
        return new Candidate(id, SPECIALTY, LEVEL, "U-" + id, "330604", List.of());
    }

    static Candidate expert(String id, String unit, Conflict... conflicts) {
        return new Candidate(id, SPECIALTY, LEVEL, unit, "330604", List.of(conflicts));
    }

    /** Matching experts E-0001 … E-n. */
    static List<Candidate> experts(int n) {
        List<Candidate> experts = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            experts.add(expert(id(i)));
        }
        return experts;
    }

    static String id(int i) {
        return "E-%04d".formatted(i);
    }

    static EligiblePool pool(int experts, int panelSize, int alternates) {
        return new Eligibility().assess(constraints(panelSize, alternates), experts(experts), List.of());
    }

    /** A fixed seed: SHA-256 of the label, so tests are reproducible and different labels give different seeds. */
    static Seed seed(String label) {
        return Seed.of(sha256(label));
    }

    static Salt salt(String label) {
        return Salt.of(sha256("salt:" + label));
    }

    static PanelDraw drawn(int experts, int panelSize, int alternates, String seed) {
        PanelDraw draw = PanelDraw.commit(pool(experts, panelSize, alternates), salt("office"), seed(seed), RULES,
                at(0));
        draw.draw(at(1));
        return draw;
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
