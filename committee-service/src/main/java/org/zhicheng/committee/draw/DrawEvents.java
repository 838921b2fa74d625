package org.zhicheng.committee.draw;

import java.time.Instant;
import java.util.UUID;

import org.zhicheng.committee.draw.domain.DrawRound;
import org.zhicheng.committee.draw.domain.PanelDraw;

/**
 * The {@code data} of the draw's events, as documented in {@code docs/events/asyncapi.yaml}; key = the committee's
 * code, like every committee event. The event travels widely, so it names no expert: who sits on the panel stays with
 * the office and the HR bureau until the meeting is over.
 */
final class DrawEvents {

    /** The committee service's topic; an explicit name, part of the event contract. */
    static final String TOPIC = "zhicheng.committee.events";

    private DrawEvents() {
    }

    /**
     * A round of the draw was drawn: round 0 the panel and its alternates, rounds 1, 2, … top-ups filling seats that
     * declines left vacant once the alternates were used up.
     */
    record PanelDrawn(UUID meetingId, String committee, UUID drawId, int round, String commitment, int panelSize,
            int alternates, int count, int eligibleCount, int excludedCount, Instant drawnAt) {

        /** The round the draw drew last. */
        static PanelDrawn of(StoredDraw stored) {
            PanelDraw draw = stored.draw();
            DrawRound round = draw.rounds().getLast();
            int alternates = round.index() == 0 ? draw.initialAlternates().size() : 0;
            return new PanelDrawn(stored.meetingId(), stored.committeeCode(), stored.id(), round.index(),
                    round.commitment(), draw.constraints().panelSize(), alternates, round.count(), draw.pool().size(),
                    draw.pool().excludedExperts(), round.drawnAt());
        }
    }
}
