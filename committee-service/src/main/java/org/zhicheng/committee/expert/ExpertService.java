package org.zhicheng.committee.expert;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.expert.ExpertRepository.ExpertPage;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.committee.expert.domain.ExpertStatus;
import org.zhicheng.committee.expert.domain.TitleLevel;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/** Expert profiles: created by an HR bureau or office of the expert's region, read within the scope of ExpertAccess. */
@Service
class ExpertService {

    private final ExpertRepository experts;
    private final ExpertAccess access;
    private final Clock clock;

    ExpertService(ExpertRepository experts, ExpertAccess access, Clock clock) {
        this.experts = experts;
        this.access = access;
        this.clock = clock;
    }

    /** The profile's fields as a request gives them; {@code id} null to generate one. */
    record NewExpert(String id, String name, String title, TitleLevel titleLevel,
            String series, String specialty, String unit, String region, String phone, String email) {
    }

    @Transactional
    Expert create(NewExpert input, ZhichengPrincipal user) {
        access.requireRegistrar(user, input.region());
        if (input.id() != null && experts.find(input.id()).isPresent()) {
            throw Problems.conflict("expert.id-taken", input.id());
        }
        Expert expert = new Expert(input.id() != null ? input.id() : experts.nextId(), input.name().strip(),
                input.title().strip(), input.titleLevel(), input.series(), input.specialty().strip(),
                input.unit().strip(), input.region(), input.phone(), input.email(), ExpertStatus.ACTIVE,
                user.actor(), clock.instant());
        try {
            experts.insert(expert);
        } catch (DuplicateKeyException raced) {
            throw Problems.conflict("expert.id-taken", expert.id());
        }
        return expert;
    }

    @Transactional(readOnly = true)
    Expert find(String id, ZhichengPrincipal user) {
        return access.readable(user, id);
    }

    /** Experts of {@code region} (default: the caller's) and below; the caller must cover it. */
    @Transactional(readOnly = true)
    ExpertPage search(String region, String specialty, ExpertStatus status, int page, int size,
            ZhichengPrincipal user) {
        String scope = region != null ? region : user == null ? null : user.region();
        access.requireRegistrar(user, scope);
        return experts.search(scope, specialty, status, page, size);
    }
}
