package org.zhicheng.application.application;

import java.util.Objects;

/** Who takes a step, as the history records it: the username (or service account) and the role acted in. */
public record Actor(String name, String role) {

    public Actor {
        Objects.requireNonNull(name, "name");
    }

    /** This service acting on another service's event. */
    public static Actor system(String source) {
        return new Actor(source == null ? "application-service" : source, "service");
    }
}
