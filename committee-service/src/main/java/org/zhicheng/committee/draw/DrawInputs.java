package org.zhicheng.committee.draw;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.zhicheng.committee.draw.domain.Assignment;
import org.zhicheng.committee.draw.domain.Candidate;
import org.zhicheng.committee.draw.domain.Conflict;
import org.zhicheng.committee.draw.domain.ConflictSource;
import org.zhicheng.committee.draw.domain.ConflictType;
import org.zhicheng.committee.draw.domain.DrawConstraints;
import org.zhicheng.committee.draw.domain.Eligibility;
import org.zhicheng.committee.draw.domain.PanelDraw;
import org.zhicheng.committee.expert.PoolMember;
import org.zhicheng.committee.meeting.MeetingDrawPort.DrawableMeeting;
import org.zhicheng.starter.problem.Problems;

/** Translates the meeting's and the pool's read models into the draw domain's inputs. */
final class DrawInputs {

    private DrawInputs() {
    }

    /** The meeting's constraints; 400 {@code draw.invalid-meeting} for values the draw cannot take (no specialty…). */
    static DrawConstraints constraints(DrawableMeeting meeting) {
        try {
            return DrawConstraints.of(meeting.id().toString(), meeting.specialties(), meeting.titleLevels(),
                    meeting.panelSize(), meeting.alternates());
        } catch (IllegalArgumentException | NullPointerException unusable) {
            throw Problems.badRequest("draw.invalid-meeting", meeting.id(), unusable.getMessage());
        }
    }

    static List<Assignment> assignments(DrawableMeeting meeting) {
        return meeting.assignments().stream()
                .map(assigned -> new Assignment(assigned.applicationId().toString(), assigned.applicantPerson(),
                        assigned.applicantUnit()))
                .toList();
    }

    static Candidate candidate(PoolMember member) {
        List<Conflict> conflicts = member.conflicts().stream()
                .map(conflict -> new Conflict(ConflictType.valueOf(conflict.type().name()),
                        ConflictSource.valueOf(conflict.source().name()), conflict.person(), conflict.unit()))
                .toList();
        return new Candidate(member.expertId(), member.specialty(), member.titleLevel().name(), member.unit(),
                member.region(), conflicts);
    }

    /**
     * MOHRSS order 40: the draw checked conflicts against the applications assigned when it was committed. An
     * application assigned later would escape that check, so the draw takes no further step until it is taken off the
     * meeting again: 409 {@code draw.wrong-state} {@code ASSIGNMENTS_CHANGED} naming the rule.
     */
    static void requireAssignmentsChecked(DrawableMeeting meeting, PanelDraw draw, String action) {
        Set<String> checked = draw.pool().assignments().stream().map(Assignment::applicationId)
                .collect(Collectors.toSet());
        boolean unchecked = meeting.assignments().stream()
                .anyMatch(assigned -> !checked.contains(assigned.applicationId().toString()));
        if (unchecked) {
            throw Problems.wrongState("draw", "ASSIGNMENTS_CHANGED", action, Eligibility.RULE);
        }
    }
}
