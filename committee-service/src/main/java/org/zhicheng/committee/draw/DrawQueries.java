package org.zhicheng.committee.draw;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.draw.DrawAccess.Target;
import org.zhicheng.committee.draw.domain.DrawReplay;
import org.zhicheng.committee.draw.domain.DrawRound;
import org.zhicheng.committee.draw.domain.PublishedDraw;
import org.zhicheng.committee.draw.domain.Replay;
import org.zhicheng.committee.draw.domain.Seat;
import org.zhicheng.committee.draw.domain.SelectedExpert;
import org.zhicheng.committee.expert.ExpertContact;
import org.zhicheng.committee.expert.ExpertContacts;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Reading draws: the office's and HR bureau's full view, an expert's own seat, a drawn round's summons, the public
 * record and its replay.
 */
@Service
class DrawQueries {

    /** The meeting state after which the salt may be revealed to the office and the HR bureau. */
    static final String CLOSED = "CLOSED";

    private final DrawAccess access;
    private final DrawRepository draws;
    private final ExpertContacts contacts;

    DrawQueries(DrawAccess access, DrawRepository draws, ExpertContacts contacts) {
        this.access = access;
        this.draws = draws;
        this.contacts = contacts;
    }

    /** What a reader may see of a draw: all of it ({@code full}), or only {@code expert}'s own seat. */
    record Reading(StoredDraw stored, boolean full, String expert) {
    }

    /** The office and the HR bureau read everything; an expert only their own seat (403 when not drawn at all). */
    @Transactional(readOnly = true)
    Reading read(UUID meetingId, UUID drawId, ZhichengPrincipal user) {
        Target target = access.asReader(meetingId, user);
        StoredDraw stored = draws.require(meetingId, drawId);
        if (access.isOfficeOrHr(user, target)) {
            return new Reading(stored, true, null);
        }
        String expert = user.person();
        boolean drawn = expert != null && (stored.draw().seats().stream().anyMatch(seat -> expert.equals(
                seat.expert())) || stored.draw().alternates().contains(expert));
        if (!drawn) {
            throw Problems.forbidden("draw.not-drawn", expert);
        }
        return new Reading(stored, false, expert);
    }

    /**
     * Who a drawn round selected and how to reach them, with the meeting they are summoned to.
     *
     * @param selection the round's selection as drawn ({@link org.zhicheng.committee.draw.domain.PanelDraw#selection})
     * @param contacts  the selected experts' contacts by expert id
     */
    record Summons(Target target, StoredDraw stored, DrawRound round, List<SelectedExpert> selection,
            Map<String, ExpertContact> contacts) {
    }

    /**
     * A round's summons for the office, the HR bureau or a summons reader's service account: the round's selection as
     * drawn, not the seats as they stand after later declines, so every round's summons stays the answer to its own
     * {@code PanelDrawn} event. 404 {@code draw.round-not-found} for a round the draw does not have, 409
     * {@code draw.wrong-state} ({@code COMMITTED}) for one committed but not yet drawn.
     */
    @Transactional(readOnly = true)
    Summons summons(UUID meetingId, UUID drawId, int round, ZhichengPrincipal user) {
        Target target = access.asSummonsReader(meetingId, user);
        StoredDraw stored = draws.require(meetingId, drawId);
        List<DrawRound> rounds = stored.draw().rounds();
        if (round < 0 || round >= rounds.size()) {
            throw DrawProblems.roundNotFound(drawId, round);
        }
        List<SelectedExpert> selection = DrawProblems.translating(() -> stored.draw().selection(round));
        return new Summons(target, stored, rounds.get(round), selection,
                contacts.of(selection.stream().map(SelectedExpert::expert).toList()));
    }

    /** The published record (pseudonyms only), for anyone. */
    @Transactional(readOnly = true)
    PublishedDraw published(UUID meetingId, UUID drawId) {
        return draws.require(meetingId, drawId).draw().published();
    }

    /** The server's own replay of the published record, and whether it yields the stored panel. */
    record Replayed(UUID drawId, Replay replay, boolean matchesStoredDraw) {
    }

    @Transactional(readOnly = true)
    Replayed replay(UUID meetingId, UUID drawId) {
        StoredDraw stored = draws.require(meetingId, drawId);
        Replay replay = DrawReplay.replay(stored.draw().published());
        boolean matches = replay.verified() && replay.seats().equals(stored.draw().seats().stream()
                .map(seat -> seat.expert() == null ? seat
                        : new Seat(seat.number(), stored.draw().pseudonymOf(seat.expert()), seat.status(),
                                seat.emergency()))
                .toList());
        return new Replayed(drawId, replay, matches);
    }

    /** The pseudonym salt, for the office and the HR bureau once the meeting is closed (409 before). */
    @Transactional(readOnly = true)
    StoredDraw salt(UUID meetingId, UUID drawId, ZhichengPrincipal user) {
        Target target = access.asOfficeOrHr(meetingId, user);
        StoredDraw stored = draws.require(meetingId, drawId);
        if (!CLOSED.equals(target.meeting().status())) {
            throw Problems.wrongState("meeting", target.meeting().status(), "reveal the draw's salt");
        }
        return stored;
    }

}
