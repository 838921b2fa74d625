package org.zhicheng.committee.expert.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A membership term (任期), both days included. */
public record Term(LocalDate start, LocalDate end) {

    public Term {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
