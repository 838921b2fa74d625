package org.zhicheng.education.hours;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may write and read the ledger. Writers: an employer for people of its own unit (in a region it belongs to), the
 * platform for anyone. Correctors (reversals): those writers, and an HR bureau for entries of the regions it covers,
 * since it imports its registration system's exports and must be able to correct what it took in (importers are the
 * correctors). Readers: the applicant their own entries, an employer its unit's, an HR bureau those of regions it
 * covers, the platform all. A reader outside the scope of every entry of a person learns nothing about them (404).
 */
@Component
class HoursAccess {

    void requireRecorder(ZhichengPrincipal user, String region, String unit) {
        if (user == null || !user.hasAnyRole(Roles.EMPLOYER, Roles.PLATFORM)) {
            throw Problems.forbidden("hours.role-required", Roles.EMPLOYER + ", " + Roles.PLATFORM);
        }
        if (user.hasRole(Roles.PLATFORM)) {
            return;
        }
        if (user.unit() == null || !user.unit().equals(unit)) {
            throw Problems.forbidden("hours.other-unit", unit);
        }
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("hours.out-of-scope", region);
        }
    }

    /**
     * Who may correct entries of a region and unit, reversing one or importing a delivery for them: the unit's
     * employer, an HR bureau covering the region, the platform.
     */
    void requireCorrector(ZhichengPrincipal user, String region, String unit) {
        if (user != null && user.hasRole(Roles.HR_BUREAU) && !user.hasRole(Roles.PLATFORM)) {
            if (!user.coversRegion(region)) {
                throw Problems.forbidden("hours.out-of-scope", region);
            }
            return;
        }
        if (user == null || !user.hasAnyRole(Roles.EMPLOYER, Roles.PLATFORM)) {
            throw Problems.forbidden("hours.role-required",
                    String.join(", ", Roles.EMPLOYER, Roles.HR_BUREAU, Roles.PLATFORM));
        }
        requireRecorder(user, region, unit);
    }

    /** The entries of {@code person} the user may see; 403 for a role that reads no ledger or another applicant. */
    List<HourEntry> visible(ZhichengPrincipal user, String person, List<HourEntry> entries) {
        if (user == null) {
            throw Problems.forbidden("hours.role-required", Roles.APPLICANT);
        }
        if (user.hasRole(Roles.PLATFORM)
                || user.hasRole(Roles.APPLICANT) && person.equals(user.person())) {
            return entries;
        }
        if (user.hasRole(Roles.HR_BUREAU)) {
            return entries.stream().filter(entry -> user.coversRegion(entry.region())).toList();
        }
        if (user.hasRole(Roles.EMPLOYER)) {
            return entries.stream().filter(entry -> entry.unit().equals(user.unit())).toList();
        }
        if (user.hasRole(Roles.APPLICANT)) {
            throw Problems.forbidden("hours.other-person", person);
        }
        throw Problems.forbidden("hours.role-required",
                String.join(", ", Roles.APPLICANT, Roles.EMPLOYER, Roles.HR_BUREAU, Roles.PLATFORM));
    }
}
