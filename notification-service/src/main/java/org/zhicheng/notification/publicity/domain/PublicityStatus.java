package org.zhicheng.notification.publicity.domain;

/**
 * {@code RUNNING} from opening to the end of its last working day; {@code HELD} after that while an objection raised
 * during it is still unanswered (001 五(二)); {@code CLOSED} for good.
 */
public enum PublicityStatus {
    RUNNING,
    HELD,
    CLOSED;

    /** Whether the publicity is still shown as open (running, or held past its end by open objections). */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
