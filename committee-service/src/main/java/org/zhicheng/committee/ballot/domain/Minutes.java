package org.zhicheng.committee.ballot.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.committee.meeting.domain.ClosedVote;

/**
 * The minutes of a meeting (会议记录): the panel, who attended and who did not, the candidates, each application's
 * tally and outcome, and who closed the meeting when. Produced only by closing a {@link VotingSession}; immutable, and
 * archived with a SHA-256 {@link #contentHash()} of its {@link #canonicalText()} so any later edit is detected
 * ({@link #restore} refuses a stored copy whose hash does not match). Voters per application are deliberately not
 * part of it (secret ballot).
 */
public final class Minutes implements ClosedVote {

    private static final String FORMAT = "zhicheng-minutes/1";

    private final UUID meetingId;
    private final List<String> panel;
    private final List<String> present;
    private final List<ApplicationAssignment> candidates;
    private final List<ApplicationResult> results;
    private final String closedBy;
    private final Instant closedAt;
    private final String contentHash;

    private Minutes(UUID meetingId, List<String> panel, List<String> present, List<ApplicationAssignment> candidates,
            List<ApplicationResult> results, String closedBy, Instant closedAt) {
        this.meetingId = Objects.requireNonNull(meetingId, "meetingId");
        this.panel = List.copyOf(panel);
        this.present = present.stream().sorted().toList();
        this.candidates = List.copyOf(candidates);
        this.results = List.copyOf(results);
        this.closedBy = Objects.requireNonNull(closedBy, "closedBy");
        this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
        if (!this.panel.containsAll(this.present)) {
            throw new IllegalArgumentException("an expert present is not on the panel");
        }
        this.contentHash = sha256(canonicalText());
    }

    static Minutes of(UUID meetingId, Attendance attendance, List<ApplicationAssignment> candidates,
            List<ApplicationResult> results, String closedBy, Instant closedAt) {
        return new Minutes(meetingId, attendance.panel(), attendance.present(), candidates, results, closedBy,
                closedAt);
    }

    /**
     * Minutes as archived.
     *
     * @throws IllegalStateException when {@code contentHash} does not match the content: the archive was altered
     */
    public static Minutes restore(UUID meetingId, List<String> panel, List<String> present,
            List<ApplicationAssignment> candidates, List<ApplicationResult> results, String closedBy, Instant closedAt,
            String contentHash) {
        Minutes minutes = new Minutes(meetingId, panel, present, candidates, results, closedBy, closedAt);
        if (!minutes.contentHash.equals(contentHash)) {
            throw new IllegalStateException("the minutes of meeting " + meetingId + " do not match their hash "
                    + contentHash + ": the archive was altered");
        }
        return minutes;
    }

    /**
     * The text the hash is computed over, one line per fact: the format, meeting, closing chair and instant, the
     * panel in drawn order, those present sorted by id, each candidate and each result in agenda order. Fields are
     * separated by {@code |}; {@code \}, {@code |} and line breaks inside values are escaped.
     */
    public String canonicalText() {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        line(text, "meeting", meetingId);
        line(text, "closed-by", closedBy);
        line(text, "closed-at", closedAt);
        line(text, "panel", join(panel));
        line(text, "present", join(present));
        for (ApplicationAssignment candidate : candidates) {
            // an application without a specialty has an empty field (minutes of applications with one are unchanged)
            line(text, "candidate", candidate.applicationId(), candidate.applicantPerson(), candidate.applicantUnit(),
                    candidate.title(), candidate.specialty() == null ? "" : candidate.specialty());
        }
        for (ApplicationResult result : results) {
            line(text, "result", result.applicationId(), result.attending(), result.agree(), result.disagree(),
                    result.abstain(), result.outcome());
        }
        return text.toString();
    }

    private static String join(List<String> experts) {
        return String.join(",", experts);
    }

    private static void line(StringBuilder text, String key, Object... values) {
        text.append(key).append(':');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? " " : "|").append(escape(String.valueOf(values[i])));
        }
        text.append('\n');
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    @Override
    public UUID meetingId() {
        return meetingId;
    }

    /** The panel in the order it was drawn. */
    public List<String> panel() {
        return panel;
    }

    /** The experts present, sorted by id. */
    public List<String> present() {
        return present;
    }

    /** The panel experts who were not present, in panel order. */
    public List<String> absent() {
        return panel.stream().filter(expert -> !present.contains(expert)).toList();
    }

    public List<ApplicationAssignment> candidates() {
        return candidates;
    }

    @Override
    public List<ApplicationResult> results() {
        return results;
    }

    @Override
    public String closedBy() {
        return closedBy;
    }

    @Override
    public Instant closedAt() {
        return closedAt;
    }

    @Override
    public String contentHash() {
        return contentHash;
    }

    @Override
    public int panelSize() {
        return panel.size();
    }

    @Override
    public int attending() {
        return present.size();
    }
}
