package org.zhicheng.committee.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.expert.domain.ConflictSource;
import org.zhicheng.committee.expert.domain.ConflictType;
import org.zhicheng.committee.expert.domain.DisciplineKind;
import org.zhicheng.committee.expert.domain.ExpertStatus;
import org.zhicheng.committee.expert.domain.PoolComposition;
import org.zhicheng.committee.expert.domain.PoolRequestStatus;
import org.zhicheng.committee.expert.domain.TitleLevel;

/** The response bodies of the expert and pool API. */
final class ExpertViews {

    private ExpertViews() {
    }

    /** A profile; phone and email only for the expert themself, an HR bureau or a committee office in scope. */
    record ExpertView(String id, String name, String title, TitleLevel titleLevel, String series, String specialty,
            String unit, String region, String phone, String email, ExpertStatus status, Instant createdAt) {
    }

    record ConflictView(UUID id, String expert, ConflictType type, ConflictSource source, String person, String unit,
            String note, String committee, String declaredBy, Instant declaredAt, boolean inForce,
            String withdrawnBy, Instant withdrawnAt, String withdrawalReason) {
    }

    record DisciplineView(UUID id, String expert, DisciplineKind kind, String reason, String unit, String region,
            List<String> committees, String recordedBy, Instant recordedAt) {
    }

    record PoolRequestView(UUID id, String committee, PoolRequestStatus status, String reason, List<AddView> add,
            List<RemoveView> remove, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            String decisionReason) {

        record AddView(String expert, LocalDate termStart, LocalDate termEnd) {
        }

        record RemoveView(String expert, String reason) {
        }
    }

    /** The pool on {@code day}: every active membership, whether it is in term that day, and the composition check. */
    record PoolView(String committee, LocalDate day, List<MemberView> members, PoolComposition composition) {

        record MemberView(UUID membershipId, String expert, String name, String title, TitleLevel titleLevel,
                String series, String specialty, String unit, String region, String phone, String email,
                ExpertStatus status, LocalDate termStart, LocalDate termEnd, boolean serving, UUID addedByRequest) {
        }
    }
}
