package org.zhicheng.notification.objection;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.zhicheng.notification.objection.ObjectionRepository.Filter;
import org.zhicheng.notification.objection.ObjectionRepository.Page;
import org.zhicheng.notification.objection.ObjectionRequests.AnswerRequest;
import org.zhicheng.notification.objection.ObjectionRequests.NoteRequest;
import org.zhicheng.notification.objection.ObjectionRequests.RaiseObjectionRequest;
import org.zhicheng.notification.objection.ObjectionService.RaiseObjection;
import org.zhicheng.notification.objection.ObjectionService.Raised;
import org.zhicheng.notification.objection.ObjectionService.Seen;
import org.zhicheng.notification.objection.ObjectionViews.HistoryView;
import org.zhicheng.notification.objection.ObjectionViews.ObjectionSummaryView;
import org.zhicheng.notification.objection.ObjectionViews.ObjectionView;
import org.zhicheng.notification.objection.ObjectionViews.RegisteredView;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.objection.domain.ObjectionKind;
import org.zhicheng.notification.objection.domain.ObjectionStatus;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/objections")
@Tag(name = "objections", description = "Objections and complaints (异议、投诉举报) against running publicities: "
        + "registered, investigated and answered")
class ObjectionController {

    /** The header that carries the access code (查询码) given at registration. */
    static final String ACCESS_CODE = "X-Access-Code";
    private static final String RAISE_DESCRIPTION = "Anonymous, named (name) or signed in (a token): the gateway "
            + "limits anonymous raises per client address (429 rate-limited). 201 + Location with the tracking number "
            + "and the access code, shown this once. 422 objection.after-end-date (rule 001-五(二)) after the end of "
            + "the publicity's last working day, also while it is held open; 409 publicity.wrong-state (rule "
            + "001-五(二)) against a closed publicity, objection.entry-unknown; 400 validation.failed, "
            + "objection.attachment-too-many, objection.attachment-too-large, objection.attachments-too-large, "
            + "objection.attachment-type (PDF, JPEG or PNG by content), objection.attachment-empty; 404 "
            + "publicity.not-found. Emits ObjectionRaised; the publicity's opener is told in its inbox.";

    private final ObjectionService objections;
    private final AttachmentPolicy attachments;
    private final ObjectionWebMapper mapper;
    private final int maxPageSize;

    ObjectionController(ObjectionService objections, AttachmentPolicy attachments, ObjectionWebMapper mapper,
            ObjectionProperties properties) {
        this.objections = objections;
        this.attachments = attachments;
        this.mapper = mapper;
        this.maxPageSize = properties.maxPageSize();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Raise an objection against a running publicity (anyone)", description = RAISE_DESCRIPTION)
    ResponseEntity<RegisteredView> raise(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody RaiseObjectionRequest body) {
        return registered(objections.raise(input(body), List.of(), user));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Raise an objection with attachments (anyone): part objection (JSON), parts attachments",
            description = RAISE_DESCRIPTION + " At most 5 files of at most 5 MB, 10 MB together (configuration).")
    ResponseEntity<RegisteredView> raiseWithAttachments(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestPart("objection") RaiseObjectionRequest body,
            @RequestPart(name = "attachments", required = false) List<MultipartFile> files) {
        List<Attachment> accepted = attachments.accept(files);
        return registered(objections.raise(input(body), accepted, user));
    }

    @GetMapping
    @Operation(summary = "Objections the caller handles or supervises, newest first; or their own (mine=true)",
            description = "The office: those assigned to its committees; the unit's HR desk: those against its "
                    + "publicities; the HR bureau: those in its region; mine=true: those the caller raised signed in. "
                    + "Filters: publicity, status, kind. 403 objection.role-required; 400 paging.invalid.")
    PageView<ObjectionSummaryView> list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) UUID publicity, @RequestParam(required = false) ObjectionStatus status,
            @RequestParam(required = false) ObjectionKind kind, @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageView.requireValid(page, size, maxPageSize);
        Page found = objections.search(new Filter(publicity, status, kind), mine, page, size, user);
        return PageView.of(found.objections().stream().map(mapper::toSummary).toList(), page, size, found.total());
    }

    @GetMapping("/{trackingNumber}")
    @Operation(summary = "One objection: the raiser with the access code (header X-Access-Code) or signed in as "
            + "its raiser; the office it is assigned to; the HR bureau of its region",
            description = "The raiser sees the text, the state and the answer; staff also see the raiser, the "
                    + "contact, the notes. 404 objection.not-found for anyone else (and for a wrong access code); "
                    + "403 objection.out-of-scope for staff of another desk or region.")
    ObjectionView get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String trackingNumber,
            @Parameter(description = "the access code given at registration")
            @RequestHeader(name = ACCESS_CODE, required = false) String accessCode) {
        Seen seen = objections.find(trackingNumber, accessCode, user);
        return mapper.toView(seen.objection().snapshot(), seen.audience(), seen.attachments());
    }

    @PostMapping("/{trackingNumber}/notes")
    @Operation(summary = "Record a step of the investigation: the desk the objection is assigned to",
            description = "The first note moves it to INVESTIGATING. 409 objection.wrong-state once answered; 403 "
                    + "objection.role-required / objection.out-of-scope; 404 objection.not-found.")
    ObjectionView note(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String trackingNumber,
            @Valid @RequestBody NoteRequest body) {
        Objection objection = objections.note(trackingNumber, body.text(), user);
        return staffView(trackingNumber, objection, user);
    }

    @PostMapping("/{trackingNumber}/answer")
    @Operation(summary = "Answer the objection (upheld, not upheld, outside the scope): the desk it is assigned to",
            description = "The raiser reads the answer. 409 objection.not-investigated (rule 001-五(二)) for upheld "
                    + "or not upheld without a note, objection.wrong-state once answered; 403; 404. Emits "
                    + "ObjectionResolved; a publicity held past its end closes once nothing else is open (emits "
                    + "PublicityClosed).")
    ObjectionView answer(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String trackingNumber,
            @Valid @RequestBody AnswerRequest body) {
        Objection objection = objections.answer(trackingNumber, body.outcome(), body.answer(), user);
        return staffView(trackingNumber, objection, user);
    }

    @GetMapping("/{trackingNumber}/attachments/{attachmentId}")
    @Operation(summary = "An attachment's content: the desk it is assigned to and the HR bureau of its region",
            description = "Served as a download with its checked media type. 403; 404 objection.not-found / "
                    + "attachment.not-found.")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal ZhichengPrincipal user,
            @PathVariable String trackingNumber, @PathVariable UUID attachmentId) {
        Attachment attachment = objections.attachment(trackingNumber, attachmentId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(attachment.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(attachment.content());
    }

    @GetMapping("/{trackingNumber}/history")
    @Operation(summary = "Every change of the objection (who, when, from, to): its desk and the HR bureau",
            description = "403 objection.role-required / objection.out-of-scope; 404 objection.not-found.")
    List<HistoryView> history(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String trackingNumber) {
        return mapper.toHistoryViews(objections.history(trackingNumber, user));
    }

    private ObjectionView staffView(String trackingNumber, Objection objection, ZhichengPrincipal user) {
        Seen seen = objections.find(trackingNumber, null, user);
        return mapper.toView(objection.snapshot(), seen.audience(), seen.attachments());
    }

    private ResponseEntity<RegisteredView> registered(Raised raised) {
        Objection objection = raised.objection();
        ObjectionView view = mapper.toView(objection.snapshot(), ObjectionAccess.Audience.RAISER,
                raised.attachments());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/objections/" + objection.trackingNumber()))
                .body(new RegisteredView(objection.trackingNumber(), raised.accessCode(), view));
    }

    private static RaiseObjection input(RaiseObjectionRequest body) {
        return new RaiseObjection(body.publicityId(), body.entryId(),
                body.kind() == null ? ObjectionKind.OBJECTION : body.kind(), body.text(), body.name(),
                body.contact());
    }
}
