package org.zhicheng.application.integrity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/integrity")
@Tag(name = "integrity", description = "The integrity archive (诚信档案): complaints and their handling, fraud vetoes, "
        + "bans, exclusions from recommendation")
class IntegrityController {

    private static final int MAX_PAGE = 100;

    private final Integrity integrity;

    IntegrityController(Integrity integrity) {
        this.integrity = integrity;
    }

    record RecordRequest(@NotNull IntegrityKind kind, @NotBlank @Size(max = 100) String person,
            @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region, @Size(max = 100) String unit,
            @NotBlank @Size(max = 4000) String description, LocalDate bannedUntil, Integer excludedYear) {
    }

    record LiftRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's own integrity archive (applicants)")
    List<IntegrityRecord> mine(@AuthenticationPrincipal ZhichengPrincipal user) {
        if (!user.hasRole(Roles.APPLICANT) || user.person() == null) {
            throw Problems.forbidden("integrity.role-required", Roles.APPLICANT);
        }
        return integrity.ofPerson(user.person());
    }

    @GetMapping("/records")
    @Operation(summary = "The records of a region and the regions under it, newest first (HR bureaus, admin)",
            description = "region defaults to the caller's; one outside it is 403 integrity.out-of-scope.")
    PageView<IntegrityRecord> records(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String region, @RequestParam(required = false) IntegrityKind kind,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String scope = region == null ? user.region() : region;
        requireBureauOf(user, scope);
        PageView.requireValid(page, size, MAX_PAGE);
        return PageView.of(integrity.ofRegion(scope, kind, page, size), page, size,
                integrity.countOfRegion(scope, kind));
    }

    @GetMapping("/persons/{person}")
    @Operation(summary = "A person's records in the caller's region (HR bureaus, admin)",
            description = "Only the records of the caller's region and below; none there is 404 integrity.not-found.")
    List<IntegrityRecord> person(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String person) {
        requireBureau(user);
        List<IntegrityRecord> visible = integrity.ofPerson(person).stream()
                .filter(r -> user.hasRole(Roles.ADMIN) || user.coversRegion(r.region())).toList();
        if (visible.isEmpty()) {
            throw Problems.notFound("integrity", person);
        }
        return visible;
    }

    @PostMapping("/records")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a ban (HR bureau) or an exclusion from recommendation for a year (the unit, the "
            + "department, the HR bureau; 002 三(一))",
            description = "400 integrity.ban-until-invalid, integrity.year-invalid, integrity.kind-not-recordable; "
                    + "422 integrity.ban-too-long (MOHRSS-40); 403 integrity.role-required, integrity.out-of-scope.")
    IntegrityRecord record(@AuthenticationPrincipal ZhichengPrincipal user, @Valid @RequestBody RecordRequest body) {
        String region;
        String unit;
        if (body.kind() == IntegrityKind.BAN || user.hasRole(Roles.HR_BUREAU)) {
            region = body.region() == null ? user.region() : body.region();
            requireBureauOf(user, region);
            unit = body.unit();
        } else if (body.kind() == IntegrityKind.RECOMMENDATION_EXCLUSION
                && user.hasAnyRole(Roles.EMPLOYER, Roles.DEPARTMENT) && user.unit() != null) {
            region = user.region();
            unit = user.unit();
        } else {
            throw Problems.forbidden("integrity.role-required", Roles.HR_BUREAU);
        }
        return integrity.record(body.kind(), body.person().strip(), region, unit, body.description(),
                body.bannedUntil(), body.excludedYear(), user.actor());
    }

    @PostMapping("/records/{id}/lift")
    @Operation(summary = "Lift a ban, veto or exclusion (the HR bureau covering its region), with the reason",
            description = "409 integrity-record.wrong-state when lifted already or a complaint; 404.")
    IntegrityRecord lift(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody LiftRequest body) {
        requireBureau(user);
        IntegrityRecord record = integrity.require(id);
        if (!user.hasRole(Roles.ADMIN) && !user.coversRegion(record.region())) {
            throw Problems.notFound("integrity-record", id);
        }
        return integrity.lift(id, body.reason(), user.actor());
    }

    private static void requireBureau(ZhichengPrincipal user) {
        if (!user.hasAnyRole(Roles.HR_BUREAU, Roles.ADMIN)) {
            throw Problems.forbidden("integrity.role-required", Roles.HR_BUREAU);
        }
    }

    private static void requireBureauOf(ZhichengPrincipal user, String region) {
        requireBureau(user);
        if (!user.hasRole(Roles.ADMIN) && !user.coversRegion(region)) {
            throw Problems.forbidden("integrity.out-of-scope", region);
        }
    }
}
