package org.zhicheng.notification.objection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.objection.domain.Assignee;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.publicity.PublicityProperties;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who reads and handles an objection. The desk it is assigned to (the publicity's unit HR desk, or the committee's
 * office) investigates and answers it; the HR bureau covering its region and the workflow's service account read it
 * (supervision, the integrity archive); the raiser reads their own, with the access code or signed in as the one who
 * raised it. To anyone else it does not exist (404), except staff of another desk or region, who are told it is not
 * theirs (403 {@code objection.out-of-scope}).
 */
@Component
class ObjectionAccess {

    /** How much of an objection a caller sees and may do. */
    enum Audience {
        /** The desk it is assigned to: everything, and it investigates and answers. */
        ASSIGNED,
        /** The HR bureau of its region, the workflow: everything, read only. */
        SUPERVISOR,
        /** The raiser: their text, the state and the answer. */
        RAISER;

        boolean staff() {
            return this != RAISER;
        }
    }

    private final List<String> workflow;

    ObjectionAccess(PublicityProperties properties) {
        this.workflow = List.copyOf(properties.openers());
    }

    /** How the caller (maybe anonymous, maybe holding the access code) sees the objection. */
    Audience audience(Objection objection, String accessCode, ZhichengPrincipal user, AccessCodes codes) {
        if (isAssigned(objection, user)) {
            return Audience.ASSIGNED;
        }
        if (isSupervisor(objection, user)) {
            return Audience.SUPERVISOR;
        }
        if (codes.matches(accessCode, objection.accessCodeHash())
                || user != null && user.actor().equals(objection.raiser().signedBy())) {
            return Audience.RAISER;
        }
        if (user != null && user.hasAnyRole(Roles.EMPLOYER, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU)) {
            throw Problems.forbidden("objection.out-of-scope", objection.trackingNumber());
        }
        throw Problems.notFound("objection", objection.trackingNumber());
    }

    /** 403 {@code objection.role-required} unless the caller may handle some objections (before any lookup). */
    void requireHandlerRole(ZhichengPrincipal user) {
        if (!user.hasAnyRole(Roles.EMPLOYER, Roles.COMMITTEE_OFFICE)) {
            throw Problems.forbidden("objection.role-required", Roles.EMPLOYER + ", " + Roles.COMMITTEE_OFFICE);
        }
    }

    /** 403 {@code objection.role-required} unless the caller reads staff sides of objections. */
    void requireStaffRole(ZhichengPrincipal user) {
        if (!isWorkflow(user) && !user.hasAnyRole(Roles.EMPLOYER, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU)) {
            throw Problems.forbidden("objection.role-required",
                    Roles.EMPLOYER + ", " + Roles.COMMITTEE_OFFICE + ", " + Roles.HR_BUREAU);
        }
    }

    /** 403 {@code objection.out-of-scope} unless the caller holds the desk the objection is assigned to. */
    void requireAssigned(Objection objection, ZhichengPrincipal user) {
        if (!isAssigned(objection, user)) {
            throw Problems.forbidden("objection.out-of-scope", objection.trackingNumber());
        }
    }

    /** 403 {@code objection.out-of-scope} unless the caller is its desk or supervises it. */
    void requireStaff(Objection objection, ZhichengPrincipal user) {
        if (!isAssigned(objection, user) && !isSupervisor(objection, user)) {
            throw Problems.forbidden("objection.out-of-scope", objection.trackingNumber());
        }
    }

    /** The desks whose objections the caller handles, and the region they supervise (for the staff list). */
    ObjectionRepository.Scope scope(ZhichengPrincipal user, boolean mine) {
        if (mine) {
            return new ObjectionRepository.Scope(List.of(), null, user.actor());
        }
        requireStaffRole(user);
        if (isWorkflow(user)) {
            return new ObjectionRepository.Scope(List.of(), "", null);
        }
        List<Assignee> desks = new ArrayList<>();
        if (user.hasRole(Roles.COMMITTEE_OFFICE)) {
            user.committees().stream().sorted().forEach(c -> desks.add(new Assignee(Assignee.Kind.COMMITTEE, c)));
        }
        if (user.hasRole(Roles.EMPLOYER) && user.unit() != null && !user.unit().isBlank()) {
            desks.add(new Assignee(Assignee.Kind.UNIT, user.unit()));
        }
        String region = user.hasRole(Roles.HR_BUREAU) && user.region() != null && !user.region().isBlank()
                ? user.region() : null;
        return new ObjectionRepository.Scope(desks, region, null);
    }

    boolean isAssigned(Objection objection, ZhichengPrincipal user) {
        if (user == null) {
            return false;
        }
        Assignee desk = objection.assignedTo();
        return desk.kind() == Assignee.Kind.COMMITTEE
                ? user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(desk.id())
                : user.hasRole(Roles.EMPLOYER) && desk.id().equals(user.unit());
    }

    private boolean isSupervisor(Objection objection, ZhichengPrincipal user) {
        return user != null && (isWorkflow(user)
                || user.hasRole(Roles.HR_BUREAU) && user.coversRegion(objection.region()));
    }

    private boolean isWorkflow(ZhichengPrincipal user) {
        return user != null && workflow.stream().anyMatch(user::isServiceAccountOf);
    }
}
