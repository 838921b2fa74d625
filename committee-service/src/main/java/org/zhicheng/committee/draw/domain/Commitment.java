package org.zhicheng.committee.draw.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What a draw round commits to before its seed is revealed (承诺值): the algorithm version, the constraints, the
 * round's place in the chain, the pseudonymous pool in canonical order and the hash of the seed. Its
 * {@link #hash() hash} is recorded with the time before the round is drawn; anyone can {@link #verify(String)
 * recompute} it from the published record. The canonical text is UTF-8, one {@code key:value} per line, each line
 * ended by a line feed (U+000A):
 *
 * <pre>
 * zhicheng-panel-draw/1
 * meeting:&lt;meetingId&gt;
 * round:&lt;round, 0 for the initial draw&gt;
 * previous:&lt;commitment hash of the round before, or none&gt;
 * specialty:&lt;specialty&gt;        one line each, ascending
 * titleLevel:&lt;title level&gt;     one line each, ascending
 * panelSize:&lt;panel size&gt;
 * alternates:&lt;alternates wanted&gt;
 * count:&lt;how many this round selects&gt;
 * pool:&lt;number of pool entries&gt;
 * candidate:&lt;pseudonym&gt;         one line each, in the pool's canonical order
 * seedHash:&lt;SHA-256 of the seed&gt;
 * </pre>
 *
 * Numbers are written in decimal without leading zeros, hashes as 64 lowercase hex digits, and "ascending" is
 * {@link String#compareTo} order (UTF-16 code units).
 *
 * @param constraints the draw's constraints
 * @param round       0 for the initial draw, 1, 2, … for the top-up draws
 * @param previous    the previous round's commitment hash, null for round 0
 * @param count       how many entries the round selects
 * @param pool        the round's pool (pseudonyms) in canonical order
 * @param seedHash    {@link Seed#hash()} of the round's seed
 */
public record Commitment(DrawConstraints constraints, int round, String previous, int count, List<String> pool,
        String seedHash) {

    /** The first line of the text; a change of the algorithm changes it. */
    public static final String VERSION = "zhicheng-panel-draw/1";

    public Commitment {
        Objects.requireNonNull(constraints, "constraints");
        pool = List.copyOf(pool);
        if (round < 0 || count < 0) {
            throw new IllegalArgumentException("round and count must not be negative");
        }
        if ((round == 0) != (previous == null)) {
            throw new IllegalArgumentException("only round 0 has no previous commitment");
        }
        if (!Sha256.isHash(seedHash)) {
            throw new IllegalArgumentException("seedHash must be 64 lowercase hex digits");
        }
    }

    /** The canonical text the hash is computed over. */
    public String text() {
        StringBuilder text = new StringBuilder(128 + pool.size() * 75);
        line(text, VERSION);
        line(text, "meeting:" + constraints.meetingId());
        line(text, "round:" + round);
        line(text, "previous:" + (previous == null ? "none" : previous));
        constraints.specialties().forEach(specialty -> line(text, "specialty:" + specialty));
        constraints.titleLevels().forEach(level -> line(text, "titleLevel:" + level));
        line(text, "panelSize:" + constraints.panelSize());
        line(text, "alternates:" + constraints.alternates());
        line(text, "count:" + count);
        line(text, "pool:" + pool.size());
        pool.forEach(entry -> line(text, "candidate:" + entry));
        line(text, "seedHash:" + seedHash);
        return text.toString();
    }

    /** Lowercase hex SHA-256 of the UTF-8 bytes of {@link #text()}. */
    public String hash() {
        return Sha256.hex(text().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the recorded commitment hash is this commitment's. */
    public boolean verify(String recordedHash) {
        return hash().equals(recordedHash);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
