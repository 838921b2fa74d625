package org.zhicheng.committee.draw;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.draw.DrawAccess.Target;
import org.zhicheng.committee.draw.domain.Candidate;
import org.zhicheng.committee.draw.domain.DrawRules;
import org.zhicheng.committee.draw.domain.DrawSecrets;
import org.zhicheng.committee.draw.domain.EligiblePool;
import org.zhicheng.committee.draw.domain.PanelDraw;
import org.zhicheng.committee.expert.PoolMembers;
import org.zhicheng.committee.meeting.MeetingDrawPort.DrawableMeeting;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The office's use cases of a draw: commit (eligibility, then the commitment to the pool, the constraints and a fresh
 * seed's hash), draw a committed round, commit a top-up round, pick an expert by name in an emergency. Each runs in
 * one transaction that appends the draw's new rows and, for a drawing, the {@code PanelDrawn} event; a refusal
 * changes nothing.
 */
@Service
class PanelDrawService {

    private final DrawAccess access;
    private final PoolMembers poolMembers;
    private final DrawRepository draws;
    private final DrawRules rules;
    private final DrawSecrets secrets;
    private final Outbox outbox;
    private final Clock clock;

    PanelDrawService(DrawAccess access, PoolMembers poolMembers, DrawRepository draws, DrawRules rules,
            DrawSecrets secrets, Outbox outbox, Clock clock) {
        this.access = access;
        this.poolMembers = poolMembers;
        this.draws = draws;
        this.rules = rules;
        this.secrets = secrets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Assesses the committee's pool serving on the meeting's date against the meeting's constraints and assignments,
     * and commits round 0. One draw per meeting (409 {@code draw.already-exists}): a second draw would let the office
     * redraw until it liked the panel.
     */
    @Transactional
    StoredDraw commit(UUID meetingId, ZhichengPrincipal user) {
        Target target = access.asOffice(meetingId, user);
        DrawableMeeting meeting = target.meeting();
        DrawAccess.requireDrawable(meeting, "draw the panel");
        draws.drawOf(meetingId).ifPresent(existing -> {
            throw Problems.conflict("draw.already-exists", meetingId, existing);
        });
        List<Candidate> pool = poolMembers.activeOn(meeting.committeeCode(), meeting.date()).stream()
                .map(DrawInputs::candidate).toList();
        EligiblePool eligible = rules.eligibility().assess(DrawInputs.constraints(meeting), pool,
                DrawInputs.assignments(meeting));
        Instant now = clock.instant();
        PanelDraw draw = DrawProblems.translating(() -> PanelDraw.commit(eligible, secrets.newSalt(),
                secrets.newSeed(), rules, now));
        UUID id = UUID.randomUUID();
        String actor = user.actor();
        try {
            draws.insert(id, meetingId, meeting.committeeCode(), draw, actor, now);
        } catch (DuplicateKeyException concurrent) {
            throw Problems.conflict("draw.already-exists", meetingId, draws.drawOf(meetingId).orElse(null));
        }
        return new StoredDraw(id, meetingId, meeting.committeeCode(), actor, now, draw, 0, 0, List.of())
                .advanced(actor);
    }

    /** Reveals the committed round's seed and makes its selection; announces it as {@code PanelDrawn}. */
    @Transactional
    StoredDraw draw(UUID meetingId, UUID drawId, ZhichengPrincipal user) {
        Target target = access.asOffice(meetingId, user);
        DrawAccess.requireDrawable(target.meeting(), "draw the panel");
        StoredDraw stored = draws.lock(meetingId, drawId);
        PanelDraw draw = stored.draw();
        DrawInputs.requireAssignmentsChecked(target.meeting(), draw, "draw the panel");
        DrawProblems.translating(() -> draw.draw(clock.instant()));
        StoredDraw drawn = draws.append(stored, user.actor());
        outbox.append(DrawEvents.TOPIC, "PanelDrawn", 1, drawn.committeeCode(), user.subject(),
                DrawEvents.PanelDrawn.of(drawn));
        return drawn;
    }

    /** Commits a top-up round for the vacant seats, once the alternates are used up; drawn by {@link #draw}. */
    @Transactional
    StoredDraw topUp(UUID meetingId, UUID drawId, ZhichengPrincipal user) {
        Target target = access.asOffice(meetingId, user);
        DrawAccess.requireDrawable(target.meeting(), "top up the panel");
        StoredDraw stored = draws.lock(meetingId, drawId);
        DrawInputs.requireAssignmentsChecked(target.meeting(), stored.draw(), "top up the panel");
        DrawProblems.translating(() -> stored.draw().commitTopUp(secrets.newSeed(), rules, clock.instant()));
        return draws.append(stored, user.actor());
    }

    /**
     * 000 三(一): seats an expert picked by name, with the HR bureau's consent reference, in the lowest vacant seat.
     * The expert must serve in the committee's pool on the meeting's date (any specialty or level: that is the point
     * of picking by name) and is checked for conflicts like everyone drawn.
     */
    @Transactional
    StoredDraw emergencyPick(UUID meetingId, UUID drawId, String expertId, String hrConsentReference,
            ZhichengPrincipal user) {
        Target target = access.asOffice(meetingId, user);
        DrawableMeeting meeting = target.meeting();
        DrawAccess.requireDrawable(meeting, "pick an expert by name");
        StoredDraw stored = draws.lock(meetingId, drawId);
        Candidate candidate = poolMembers.activeOn(meeting.committeeCode(), meeting.date()).stream()
                .filter(member -> member.expertId().equals(expertId)).findFirst().map(DrawInputs::candidate)
                .orElseThrow(() -> Problems.ruleViolated("draw.emergency-not-in-pool", "000-三(一)", expertId,
                        meeting.committeeCode()));
        DrawInputs.requireAssignmentsChecked(meeting, stored.draw(), "pick an expert by name");
        DrawProblems.translating(() -> stored.draw().emergencyPick(candidate, hrConsentReference, rules,
                clock.instant()));
        return draws.append(stored, user.actor());
    }
}
