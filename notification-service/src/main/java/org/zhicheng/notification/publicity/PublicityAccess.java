package org.zhicheng.notification.publicity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.committee.CommitteeDirectory;
import org.zhicheng.notification.committee.KnownCommittee;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may open, close and read the staff side of a publicity. A unit publicity belongs to the applicant's unit (its
 * HR desk, token role {@code employer} and {@code unit}); a pre-evaluation or result publicity to the committee's
 * office (role {@code committee-office}, the committee among the token's {@code committees}). The workflow's service
 * account ({@code zhicheng.notification.publicity.openers}) opens and closes on their behalf. The HR bureau covering
 * the publicity's region reads the staff side (supervision). Checks run in one order: the role (403
 * {@code publicity.role-required}), the publicity (404), the scope (403 {@code publicity.out-of-scope}).
 */
@Component
class PublicityAccess {

    private final CommitteeDirectory committees;
    private final List<String> openers;

    PublicityAccess(CommitteeDirectory committees, PublicityProperties properties) {
        this.committees = committees;
        this.openers = List.copyOf(properties.openers());
    }

    /** Where a new publicity belongs, as the caller may open it. */
    record Opener(String region, String committee, String unit, String publisher, boolean onBehalf) {
    }

    /**
     * The opener of a publicity of {@code kind}: for an employer its own unit and region; for an office one of its
     * committees (which must be known and not suspended, 001 四); for the workflow's service account whatever it names.
     */
    Opener opener(PublicityKind kind, String committee, String unit, String region, String publisher,
            ZhichengPrincipal user) {
        boolean workflow = isWorkflow(user);
        if (kind.byCommitteeOffice()) {
            if (!workflow && !user.hasRole(Roles.COMMITTEE_OFFICE)) {
                throw Problems.forbidden("publicity.role-required", kind.name(), Roles.COMMITTEE_OFFICE);
            }
            if (committee == null || committee.isBlank()) {
                throw Problems.badRequest("publicity.committee-required", kind.name());
            }
            if (!workflow && !user.isMember(committee)) {
                throw Problems.forbidden("publicity.out-of-scope", committee);
            }
            KnownCommittee known = committees.find(committee)
                    .orElseThrow(() -> Problems.notFound("committee", committee));
            if (!known.active()) {
                // 001 四: a committee whose evaluation rights are suspended does not evaluate, nor publicise for it
                throw Problems.wrongState("committee", "SUSPENDED", "open-publicity", "001-四");
            }
            return new Opener(known.territory(), known.code(), null, known.name(), workflow);
        }
        if (workflow) {
            if (unit == null || unit.isBlank() || region == null || region.isBlank()) {
                throw Problems.badRequest("publicity.unit-required", kind.name());
            }
            return new Opener(region.strip(), null, unit.strip(), requirePublisher(publisher), true);
        }
        if (!user.hasRole(Roles.EMPLOYER)) {
            throw Problems.forbidden("publicity.role-required", kind.name(), Roles.EMPLOYER);
        }
        if (user.unit() == null || user.unit().isBlank() || user.region() == null || user.region().isBlank()) {
            throw Problems.forbidden("publicity.out-of-scope", String.valueOf(user.unit()));
        }
        if (unit != null && !unit.isBlank() && !unit.strip().equals(user.unit())) {
            throw Problems.forbidden("publicity.out-of-scope", unit);
        }
        return new Opener(user.region(), null, user.unit(), requirePublisher(publisher), false);
    }

    /** 403 unless the caller opened this publicity (its unit, its committee's office, the workflow). */
    void requireOpener(Publicity publicity, ZhichengPrincipal user) {
        requireStaffRole(user);
        if (!isOpener(publicity, user)) {
            throw Problems.forbidden("publicity.out-of-scope", publicity.id());
        }
    }

    /** 403 unless the caller is the opener or the HR bureau covering the publicity's region. */
    void requireStaff(Publicity publicity, ZhichengPrincipal user) {
        requireStaffRole(user);
        if (!isStaff(publicity, user)) {
            throw Problems.forbidden("publicity.out-of-scope", publicity.id());
        }
    }

    /** Whether the caller sees the staff side of the publicity (entries' applications and persons, objections). */
    boolean isStaff(Publicity publicity, ZhichengPrincipal user) {
        return user != null && (isOpener(publicity, user)
                || user.hasRole(Roles.HR_BUREAU) && user.coversRegion(publicity.region()));
    }

    boolean isOpener(Publicity publicity, ZhichengPrincipal user) {
        if (user == null) {
            return false;
        }
        if (isWorkflow(user)) {
            return true;
        }
        if (publicity.kind().byCommitteeOffice()) {
            return user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(publicity.committee());
        }
        return user.hasRole(Roles.EMPLOYER) && publicity.unit().equals(user.unit());
    }

    /** 403 {@code publicity.role-required} before anything is looked up, for callers who are never staff. */
    void requireStaffRole(ZhichengPrincipal user) {
        if (!isWorkflow(user) && !user.hasAnyRole(Roles.EMPLOYER, Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU)) {
            throw Problems.forbidden("publicity.role-required", "staff",
                    Roles.EMPLOYER + ", " + Roles.COMMITTEE_OFFICE + ", " + Roles.HR_BUREAU);
        }
    }

    boolean isWorkflow(ZhichengPrincipal user) {
        return user != null && openers.stream().anyMatch(user::isServiceAccountOf);
    }

    private static String requirePublisher(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            throw Problems.badRequest("publicity.publisher-required");
        }
        return publisher.strip();
    }
}
