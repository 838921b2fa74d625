package org.zhicheng.starter.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an aggregate changed since it was loaded, and the version it was loaded at: the part every state machine of
 * the services repeats (plans, meetings, publicities, objections, applications). The aggregate records each transition
 * here; its store takes them (history rows, outbox events) when it saves, then sets the version the save reached, the
 * optimistic lock of the next save. Not thread-safe: an aggregate lives in one transaction.
 *
 * @param <T> the aggregate's transition record
 */
public final class RecordedChanges<T> {

    private final List<T> recorded = new ArrayList<>();
    private int version;

    public RecordedChanges(int version) {
        this.version = version;
    }

    /** Records a transition; answers it. */
    public T record(T transition) {
        recorded.add(Objects.requireNonNull(transition, "transition"));
        return transition;
    }

    /** The transitions recorded since the aggregate was created or restored, oldest first; cleared by the call. */
    public List<T> take() {
        List<T> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    /** The version the aggregate was loaded at (or last saved as). */
    public int version() {
        return version;
    }

    /** Set by the store after a save bumped the optimistic-lock version. */
    public void savedAs(int newVersion) {
        this.version = newVersion;
    }
}
