package org.zhicheng.application.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.ApplicationAccess;
import org.zhicheng.application.application.ApplicationRepository;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

@RestController
@Tag(name = "certificates", description = "Certificates: public verification by number and name, the holder's own, "
        + "the unit's appointment of the holder")
class CertificateController {

    private final Certificates certificates;
    private final ApplicationRepository applications;
    private final java.time.Clock clock;

    CertificateController(Certificates certificates, ApplicationRepository applications, java.time.Clock clock) {
        this.certificates = certificates;
        this.applications = applications;
        this.clock = clock;
    }

    /** What anyone learns by verifying: nothing beyond the certificate itself. */
    record Verification(String certificateNumber, String holderName, String title, String issuingBody,
            LocalDate issuedOn, String status, java.time.Instant revokedAt) {
    }

    record AppointmentRequest(@NotNull LocalDate appointedOn) {
    }

    @GetMapping("/api/v1/certificates/verification")
    @Operation(summary = "Verify a certificate by its number and the holder's name (anonymous)",
            description = "Shows title, holder's name, issuing body, date and status (VALID or REVOKED), nothing else. "
                    + "Both must match: otherwise 404 certificate.not-found (numbers cannot be probed by name).")
    Verification verify(@RequestParam String number, @RequestParam String name) {
        Certificate c = certificates.verify(number.strip(), name.strip())
                .orElseThrow(() -> Problems.notFound("certificate", number));
        return new Verification(c.certificateNumber(), c.holderName(), c.titleName(), c.issuingBody(), c.issuedOn(),
                c.status(), c.revokedAt());
    }

    @GetMapping("/api/v1/certificates/mine")
    @Operation(summary = "The caller's own certificates (applicants)")
    List<Certificate> mine(@AuthenticationPrincipal ZhichengPrincipal user) {
        if (!user.hasRole(Roles.APPLICANT) || user.person() == null) {
            throw Problems.forbidden("certificate.role-required", Roles.APPLICANT);
        }
        return certificates.ofPerson(user.person());
    }

    @GetMapping("/api/v1/applications/{id}/certificate")
    @Operation(summary = "The certificate of an application, for whoever may read the application")
    Certificate ofApplication(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        Application a = applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireRead(user, a);
        return certificates.ofApplication(id).orElseThrow(() -> Problems.notFound("certificate", id));
    }

    @PostMapping("/api/v1/applications/{id}/appointment")
    @Operation(summary = "The unit records that it appointed the certified holder (聘用, 000 三(二))",
            description = "A public institution that has not within a year is suspended from applying the next year. "
                    + "409 application.wrong-state before certification; 403 for another desk; 404 outside scope.")
    java.util.Map<String, Object> appointment(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody AppointmentRequest body) {
        Application a = applications.find(id).orElseThrow(() -> ApplicationAccess.notFound(id));
        ApplicationAccess.requireRead(user, a);
        if (!user.hasRole(Roles.EMPLOYER) || !a.unit().equals(user.unit())) {
            throw Problems.forbidden("application.not-your-desk", "UNIT", a.state());
        }
        if (a.state() != ApplicationState.CERTIFIED) {
            throw Problems.wrongState("application", a.state(), "APPOINT");
        }
        if (body.appointedOn().isAfter(LocalDate.now(clock))) {
            throw Problems.badRequest("appointment.in-future", body.appointedOn());
        }
        certificates.appointed(id, a.unit(), body.appointedOn(), user.actor());
        return java.util.Map.of("applicationId", id, "appointedOn",
                certificates.appointment(id).orElse(body.appointedOn()));
    }
}
