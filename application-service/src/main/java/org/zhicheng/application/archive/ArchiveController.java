package org.zhicheng.application.archive;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.application.archive.ArchiveRepository.VersionEntry;
import org.zhicheng.application.archive.ArchiveRequests.ArchiveRequest;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.evidence.Evidence;
import org.zhicheng.application.evidence.EvidenceFile;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.ETags;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/archives/me")
@Tag(name = "archives", description = "The applicant's own performance archive (业绩档案) and evidence files")
class ArchiveController {

    private final Archives archives;
    private final Evidence evidence;
    private final ArchiveWebMapper mapper;

    ArchiveController(Archives archives, Evidence evidence, ArchiveWebMapper mapper) {
        this.archives = archives;
        this.evidence = evidence;
        this.mapper = mapper;
    }

    record ArchiveView(String person, int version, ArchiveContent content, String updatedBy, Instant updatedAt) {
    }

    record EvidenceView(UUID id, String fileName, String mediaType, long size, String sha256, String pledge,
            Instant uploadedAt) {
    }

    @GetMapping
    @Operation(summary = "The caller's archive, current version (version 0: nothing written yet)",
            description = "ETag = version. 403 archive.role-required for other roles than applicants with a person.")
    ResponseEntity<ArchiveView> get(@AuthenticationPrincipal ZhichengPrincipal user) {
        ArchiveVersion current = archives.current(person(user));
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(view(current));
    }

    @PutMapping
    @Operation(summary = "Write the next version of the caller's archive (the whole archive)",
            description = "If-Match the version read (412 etag.stale). 422 archive.too-many-representative, "
                    + "archive.representative-unknown (rule 000-二(一)); 400 archive.evidence-unknown (an evidence id "
                    + "that is not the caller's), validation.failed; 403 archive.role-required.")
    ResponseEntity<ArchiveView> put(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ArchiveRequest body) {
        ArchiveVersion written = archives.write(person(user), mapper.toContent(body), ifMatch, user.actor());
        return ResponseEntity.ok().eTag(ETags.of(written.version())).body(view(written));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every version of the caller's archive, newest first (who wrote it, when)")
    List<VersionEntry> versions(@AuthenticationPrincipal ZhichengPrincipal user) {
        return archives.versions(person(user));
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "One version of the caller's archive", description = "404 archive-version.not-found.")
    ArchiveView version(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable int version) {
        return view(archives.version(person(user), version));
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (PDF, JPEG, PNG or OFD) with the pledge that it holds no "
            + "classified material (严禁上传涉密材料)",
            description = "Parts: file, pledge=true. 201 + Location. 422 evidence.pledge-missing, evidence.classified "
                    + "(a PDF or OFD whose text carries 秘密★, 机密★, 绝密★…), evidence.unreadable (rule 000-二(二)); "
                    + "400 evidence.type (told by content, not by name), evidence.too-large, evidence.empty; 413 "
                    + "upload.too-large above the request bound.")
    ResponseEntity<EvidenceView> upload(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "pledge", defaultValue = "false") boolean pledge) {
        EvidenceFile stored = evidence.upload(person(user), file, pledge, user.actor());
        return ResponseEntity.created(URI.create("/api/v1/archives/me/evidence/" + stored.id())).body(view(stored));
    }

    @GetMapping("/evidence")
    @Operation(summary = "The caller's evidence files")
    List<EvidenceView> evidence(@AuthenticationPrincipal ZhichengPrincipal user) {
        return evidence.ofPerson(person(user)).stream().map(ArchiveController::view).toList();
    }

    @GetMapping("/evidence/{id}")
    @Operation(summary = "One of the caller's evidence files, its content", description = "404 evidence.not-found.")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        EvidenceFile file = evidence.require(person(user), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(evidence.content(file));
    }

    /** The caller's person: an applicant (or expert, who keeps an archive too) with the token's {@code person}. */
    private static String person(ZhichengPrincipal user) {
        if (!user.hasAnyRole(Roles.APPLICANT, Roles.EXPERT) || user.person() == null || user.person().isBlank()) {
            throw Problems.forbidden("archive.role-required", Roles.APPLICANT);
        }
        return user.person();
    }

    private static ArchiveView view(ArchiveVersion version) {
        return new ArchiveView(version.person(), version.version(), version.content(), version.createdBy(),
                version.createdAt());
    }

    private static EvidenceView view(EvidenceFile file) {
        return new EvidenceView(file.id(), file.fileName(), file.mediaType(), file.size(), file.sha256(),
                file.pledge(), file.uploadedAt());
    }
}
