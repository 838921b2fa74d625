package org.zhicheng.notification.publicity.domain;

import java.util.Objects;

/**
 * The thing a publicity is opened for: at most one publicity of each kind per subject. A publicity run again after
 * the subject was amended is a new subject (for example the application's next round, {@code <id>/2}).
 */
public record PublicitySubject(SubjectType type, String id) {

    public PublicitySubject {
        Objects.requireNonNull(type, "type");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("subject id must not be blank");
        }
        id = id.strip();
    }
}
