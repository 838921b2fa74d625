package org.zhicheng.committee.draw.domain;

import java.util.Objects;

/**
 * One expert a round selected, as the round drew them; later declines, promotions and picks do not change it.
 *
 * @param expert who (an expert id for the office, a pseudonym inside the ledger)
 * @param role   a seat on the panel or an alternate
 * @param seat   the seat (1 … panel size) for {@link SelectionRole#PANEL}; null for an alternate
 */
public record SelectedExpert(String expert, SelectionRole role, Integer seat) {

    public SelectedExpert {
        Objects.requireNonNull(expert, "expert");
        Objects.requireNonNull(role, "role");
        if ((role == SelectionRole.PANEL) != (seat != null)) {
            throw new IllegalArgumentException("a panel selection has a seat, an alternate none");
        }
    }

    SelectedExpert withExpert(String other) {
        return new SelectedExpert(other, role, seat);
    }
}
