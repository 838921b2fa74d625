package org.zhicheng.committee.draw;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.draw.domain.PanelDraw;

/**
 * A draw as stored: the aggregate restored by replaying its rows, where it belongs, and what is already written (so
 * a use case appends only what its step added).
 *
 * @param id            the draw's id
 * @param meetingId     the meeting it draws the panel of
 * @param committeeCode the meeting's committee
 * @param createdBy     who committed it
 * @param createdAt     when
 * @param draw          the restored aggregate
 * @param storedRounds  how many rounds the rows hold
 * @param storedSteps   how many steps the rows hold
 * @param actors        who made each stored step happen, by sequence − 1
 */
record StoredDraw(UUID id, UUID meetingId, String committeeCode, String createdBy, Instant createdAt, PanelDraw draw,
        int storedRounds, int storedSteps, List<String> actors) {

    StoredDraw {
        actors = List.copyOf(actors);
    }

    /** The same draw after its aggregate gained steps by {@code actor}, once they are appended. */
    StoredDraw advanced(String actor) {
        List<String> all = new ArrayList<>(actors);
        while (all.size() < draw.steps().size()) {
            all.add(actor);
        }
        return new StoredDraw(id, meetingId, committeeCode, createdBy, createdAt, draw, draw.rounds().size(),
                draw.steps().size(), all);
    }
}
