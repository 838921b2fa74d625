package org.zhicheng.notification.objection.domain;

import java.util.Objects;

/** Who investigates and answers: the publicity's opener, a unit's desk or a committee's office. */
public record Assignee(Kind kind, String id) {

    public enum Kind {
        UNIT,
        COMMITTEE
    }

    public Assignee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
