package org.zhicheng.committee.ballot.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sign-in of a meeting's panel (签到): each panel expert marked present or absent, recorded before any ballot and
 * closed when balloting starts (an expert arriving later neither counts towards the quorum nor votes). An expert not
 * marked when attendance closes counts as absent. Only the voting session changes it.
 */
public final class Attendance {

    private final List<String> panel;
    private final Map<String, Boolean> marks;
    private boolean closed;

    private Attendance(List<String> panel, Map<String, Boolean> marks, boolean closed) {
        if (panel.isEmpty() || Set.copyOf(panel).size() != panel.size()) {
            throw new IllegalArgumentException("a panel needs distinct experts, got " + panel);
        }
        this.panel = List.copyOf(panel);
        this.marks = new LinkedHashMap<>(marks);
        for (String expert : marks.keySet()) {
            if (!this.panel.contains(expert)) {
                throw new IllegalArgumentException(expert + " is not on the panel");
            }
        }
        this.closed = closed;
    }

    static Attendance open(List<String> panel) {
        return new Attendance(panel, Map.of(), false);
    }

    /** Attendance as stored: the experts marked present and those marked absent. */
    public static Attendance restore(List<String> panel, Collection<String> present, Collection<String> absent,
            boolean closed) {
        Map<String, Boolean> marks = new LinkedHashMap<>();
        present.forEach(expert -> marks.put(expert, true));
        for (String expert : absent) {
            if (marks.put(expert, false) != null) {
                throw new IllegalArgumentException(expert + " is both present and absent");
            }
        }
        return new Attendance(panel, marks, closed);
    }

    void mark(String expert, boolean present) {
        if (closed || !onPanel(expert)) {
            throw new IllegalStateException("cannot mark " + expert);
        }
        marks.put(expert, present);
    }

    void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean onPanel(String expert) {
        return panel.contains(Objects.requireNonNull(expert, "expert"));
    }

    public boolean isPresent(String expert) {
        return Boolean.TRUE.equals(marks.get(expert));
    }

    /** The panel in the order it was drawn. */
    public List<String> panel() {
        return panel;
    }

    public int panelSize() {
        return panel.size();
    }

    /** The experts marked present, in panel order. */
    public List<String> present() {
        return panel.stream().filter(this::isPresent).toList();
    }

    /** Everyone else on the panel: marked absent or not marked. */
    public List<String> absent() {
        return panel.stream().filter(expert -> !isPresent(expert)).toList();
    }

    /** The panel experts not marked yet. */
    public List<String> unmarked() {
        return panel.stream().filter(expert -> !marks.containsKey(expert)).toList();
    }

    public int presentCount() {
        return present().size();
    }
}
