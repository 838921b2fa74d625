package org.zhicheng.committee.committee;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.committee.CommitteeRepository.CommitteePage;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeInputRejected;
import org.zhicheng.committee.committee.domain.CommitteeLevel;
import org.zhicheng.committee.committee.domain.CommitteeProfile;
import org.zhicheng.committee.committee.domain.CommitteeStatus;
import org.zhicheng.committee.committee.domain.RightsChange;
import org.zhicheng.committee.committee.domain.WrongCommitteeState;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Use cases of committees. Writes run in one transaction with their event in the outbox, so a refused request
 * changes nothing and an accepted one is always announced.
 */
@Service
class CommitteeService {

    private final CommitteeRepository committees;
    private final CommitteeScope scope;
    private final Outbox outbox;
    private final Clock clock;
    private final List<String> registrarServices;

    CommitteeService(CommitteeRepository committees, CommitteeScope scope, Outbox outbox, Clock clock,
            CommitteeProperties properties) {
        this.committees = committees;
        this.scope = scope;
        this.outbox = outbox;
        this.clock = clock;
        this.registrarServices = List.copyOf(properties.registrarServices());
    }

    /** The outcome of a registration: the committee, and whether this call created it. */
    record Registration(Committee committee, boolean created) {
    }

    /**
     * Registers a committee, idempotently by (territory, name): the same attributes again answer the existing
     * committee and announce nothing; other attributes under a taken name are a conflict. By the HR bureau covering
     * the territory, an admin, or another service's account (plan-service importing plans by committee name).
     */
    @Transactional
    Registration register(String code, Supplier<CommitteeProfile> input, ZhichengPrincipal user) {
        requireRegistrar(user);
        CommitteeProfile profile = translating(input);
        if (user.hasRole(Roles.HR_BUREAU) && !user.hasRole(Roles.ADMIN) && !user.coversRegion(profile.territory())) {
            throw Problems.forbidden("committee.out-of-scope", profile.territory());
        }
        committees.lockName(profile.territory(), profile.name());
        var existing = committees.findByName(profile.territory(), profile.name());
        if (existing.isPresent()) {
            Committee found = existing.get();
            if (found.profile().sameAs(profile) && (code == null || code.equals(found.code()))) {
                return new Registration(found, false);
            }
            throw Problems.conflict("committee.name-taken", profile.name(), profile.territory(), found.code());
        }
        Committee committee = Committee.register(UUID.randomUUID(), code != null ? code : committees.nextCode(),
                profile, user.actor(), clock.instant());
        try {
            committees.insert(committee);
        } catch (DuplicateKeyException taken) {
            throw Problems.conflict("committee.code-taken", committee.code());
        }
        outbox.append(CommitteeEvents.TOPIC, "CommitteeRegistered", 1, committee.code(), user.subject(),
                CommitteeEvents.CommitteeRegistered.of(committee));
        return new Registration(committee, true);
    }

    /** 001 四: the HR bureau covering the territory suspends an active committee's evaluation rights. */
    @Transactional
    Committee suspend(String code, String reason, ZhichengPrincipal user) {
        return changeRights(code, user,
                committee -> committee.suspend(reason, user.actor(), clock.instant()),
                "CommitteeSuspended", CommitteeEvents.CommitteeSuspended::of);
    }

    /** The HR bureau covering the territory gives a suspended committee its rights back. */
    @Transactional
    Committee reinstate(String code, String reason, ZhichengPrincipal user) {
        return changeRights(code, user,
                committee -> committee.reinstate(reason, user.actor(), clock.instant()),
                "CommitteeReinstated", CommitteeEvents.CommitteeReinstated::of);
    }

    /** A change of rights by the HR bureau covering the territory: applied to the locked row, kept and announced. */
    private Committee changeRights(String code, ZhichengPrincipal user, Function<Committee, RightsChange> change,
            String eventType, BiFunction<Committee, RightsChange, Object> event) {
        CommitteeScope.requireRole(user, "committee", Roles.HR_BUREAU);
        Committee committee = committees.lockByCode(code).orElseThrow(() -> Problems.notFound("committee", code));
        scope.requireHr(user, committee);
        RightsChange changed;
        try {
            changed = change.apply(committee);
        } catch (WrongCommitteeState refused) {
            throw Problems.wrongState("committee", refused.current(), refused.attempted().name().toLowerCase(),
                    WrongCommitteeState.RULE);
        }
        committees.saveChange(committee, changed);
        outbox.append(CommitteeEvents.TOPIC, eventType, 1, committee.code(), user.subject(),
                event.apply(committee, changed));
        return committee;
    }

    @Transactional(readOnly = true)
    Committee find(String code) {
        return committees.findByCode(code).orElseThrow(() -> Problems.notFound("committee", code));
    }

    @Transactional(readOnly = true)
    CommitteePage search(String territory, String series, CommitteeLevel level, CommitteeStatus status, int page,
            int size) {
        return committees.search(territory, series, level, status, page, size);
    }

    /** HR bureaus and admins register committees, and plan-service for the committees a plan import names. */
    private void requireRegistrar(ZhichengPrincipal user) {
        if (user == null || !(user.hasAnyRole(Roles.HR_BUREAU, Roles.ADMIN)
                || registrarServices.stream().anyMatch(user::isServiceAccountOf))) {
            throw Problems.forbidden("committee.role-required", Roles.HR_BUREAU + ", " + Roles.ADMIN);
        }
    }

    private static CommitteeProfile translating(Supplier<CommitteeProfile> input) {
        try {
            return input.get();
        } catch (CommitteeInputRejected rejected) {
            throw Problems.badRequest(rejected.code(), rejected.arguments().toArray()).withErrors(List.of(
                    new FieldProblem(rejected.field(), rejected.code(), rejected.getMessage())));
        }
    }
}
