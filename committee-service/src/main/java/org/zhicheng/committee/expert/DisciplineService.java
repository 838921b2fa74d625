package org.zhicheng.committee.expert;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.expert.domain.DisciplineKind;
import org.zhicheng.committee.expert.domain.DisciplineRecord;
import org.zhicheng.committee.expert.domain.EndReason;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Discipline (000 三(一)): the HR bureau covering the expert's region records it; in the same transaction the expert
 * is disqualified, every active membership ends (reason DISCIPLINE) and {@code ExpertDisciplined} is written for the
 * notification of the expert's unit.
 */
@Service
class DisciplineService {

    private final ExpertRepository experts;
    private final PoolRepository pools;
    private final DisciplineRepository records;
    private final ExpertAccess access;
    private final Outbox outbox;
    private final Clock clock;

    DisciplineService(ExpertRepository experts, PoolRepository pools, DisciplineRepository records,
            ExpertAccess access, Outbox outbox, Clock clock) {
        this.experts = experts;
        this.pools = pools;
        this.records = records;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    DisciplineRecord discipline(String expertId, DisciplineKind kind, String reason, ZhichengPrincipal user) {
        CommitteeScope.requireRole(user, "discipline", Roles.HR_BUREAU);
        Expert expert = experts.lock(List.of(expertId)).get(expertId);
        if (expert == null || !user.coversRegion(expert.region())) {
            throw Problems.notFound("expert", expertId);
        }
        Expert disqualified = ExpertProblems.translating(expert::disqualify);
        experts.updateStatus(disqualified);
        List<String> committees = pools.endAll(expert.id(), EndReason.DISCIPLINE, reason, clock.instant());
        DisciplineRecord record = new DisciplineRecord(UUID.randomUUID(), expert.id(), kind, reason, expert.unit(),
                expert.region(), committees, user.actor(), clock.instant());
        records.insert(record);
        outbox.append(ExpertEvents.TOPIC, "ExpertDisciplined", 1, expert.id(), user.subject(),
                ExpertEvents.ExpertDisciplined.of(expert, record));
        return record;
    }

    @Transactional(readOnly = true)
    List<DisciplineRecord> of(String expertId, ZhichengPrincipal user) {
        return records.of(access.readable(user, expertId).id());
    }
}
