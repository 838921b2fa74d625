package org.zhicheng.application.publication;

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
import org.zhicheng.application.certificate.Certificate;
import org.zhicheng.application.certificate.Certificates;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/publications")
@Tag(name = "publications", description = "Passed lists: requested by the committee office, approved and published "
        + "by the HR bureau (核准公布), certificates issued on publication")
class PublicationController {

    private final Publications publications;
    private final Certificates certificates;

    PublicationController(Publications publications, Certificates certificates) {
        this.publications = publications;
        this.certificates = certificates;
    }

    record PublicationRequest(UUID meetingId, @Size(max = 500) List<UUID> applicationIds,
            @Size(max = 300) String title) {
    }

    record PublishRequest(@Size(max = 200) String approvalReference, @Size(max = 300) String issuingBody) {
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The office requests publication of its confirmed results (a meeting's, or those named)",
            description = "409 publication.nothing-to-publish; 403 application.not-your-desk; 409 "
                    + "application.wrong-state for one not RESULT_CONFIRMED; 400 publication.mixed.")
    Publications.Publication request(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody PublicationRequest body) {
        return publications.request(user, body.meetingId(), body.applicationIds(), body.title());
    }

    @GetMapping
    @Operation(summary = "The publications of the office's committees, or of the HR bureau's region")
    List<Publications.Publication> list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String status) {
        return publications.list(user, status);
    }

    @GetMapping("/{id}")
    Publications.Publication get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        return publications.read(user, id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "The HR bureau covering the plan's region approves and publishes (ResultPublished); each "
            + "application gets its certificate (CertificateIssued)",
            description = "400 publication.issuing-body-required when none is configured for the region; 409 "
                    + "publication.wrong-state; 403 publication.role-required for the office; 404 otherwise.")
    Publications.Publication publish(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) PublishRequest body) {
        PublishRequest b = body == null ? new PublishRequest(null, null) : body;
        return publications.publish(user, id, b.approvalReference(), b.issuingBody());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "The HR bureau returns the request to the office, with the reason")
    Publications.Publication sendBack(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody ReturnRequest body) {
        return publications.sendBack(user, id, body.reason());
    }

    @GetMapping("/{id}/certificates")
    @Operation(summary = "The certificates issued on a publication")
    List<Certificate> certificates(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        publications.read(user, id);
        return certificates.ofPublication(id);
    }
}
