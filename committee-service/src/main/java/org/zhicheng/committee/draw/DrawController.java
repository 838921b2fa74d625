package org.zhicheng.committee.draw;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.committee.draw.DrawQueries.Reading;
import org.zhicheng.committee.draw.DrawRequests.DeclineRequest;
import org.zhicheng.committee.draw.DrawRequests.EmergencyPickRequest;
import org.zhicheng.committee.draw.DrawViews.DrawView;
import org.zhicheng.committee.draw.DrawViews.OwnSeatView;
import org.zhicheng.committee.draw.DrawViews.PublishedView;
import org.zhicheng.committee.draw.DrawViews.ReplayView;
import org.zhicheng.committee.draw.DrawViews.SaltView;
import org.zhicheng.committee.draw.DrawViews.SummonsView;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/meetings/{meetingId}/draws")
@Tag(name = "draws", description = "Verifiable panel draws of meetings (评审专家抽取), algorithm zhicheng-panel-draw/1")
class DrawController {

    private final PanelDrawService draws;
    private final SeatService seats;
    private final DrawQueries queries;
    private final DrawWebMapper mapper;

    DrawController(PanelDrawService draws, SeatService seats, DrawQueries queries, DrawWebMapper mapper) {
        this.draws = draws;
        this.seats = seats;
        this.queries = queries;
        this.mapper = mapper;
    }

    @PostMapping
    @Operation(summary = "Commit to a draw: the committee's office, meeting APPROVED",
            description = "Assesses the committee's pool serving on the meeting's date (specialties, title levels, "
                    + "conflicts with the assigned applicants and their units, each exclusion with its reason) and "
                    + "records round 0's commitment over the pseudonymous pool, the constraints and a fresh seed's "
                    + "hash; the seed stays secret until the drawing. 201 + Location. 422 draw.pool-too-small "
                    + "(002-一(四)), draw.panel-size-even / draw.panel-too-small (MOHRSS-40); 409 "
                    + "draw.already-exists (one draw per meeting), meeting.wrong-state unless APPROVED; "
                    + "403 draw.role-required / committee.out-of-scope; 404 meeting.not-found.")
    ResponseEntity<DrawView> commit(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId) {
        DrawView view = mapper.toView(draws.commit(meetingId, user));
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId + "/draws/" + view.id()))
                .body(view);
    }

    @PostMapping("/{drawId}/draw")
    @Operation(summary = "Reveal the committed round's seed and draw: the committee's office",
            description = "Round 0 seats the panel and lines up the alternates; a top-up round fills the vacant "
                    + "seats. Emits PanelDrawn (no expert identities). 409 draw.wrong-state (DRAWN: nothing "
                    + "committed), meeting.wrong-state; 403; 404 meeting.not-found / draw.not-found.")
    DrawView draw(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId) {
        return mapper.toView(draws.draw(meetingId, drawId, user));
    }

    @PostMapping("/{drawId}/seats/{expertId}/confirmation")
    @Operation(summary = "The drawn expert accepts the seat: the expert (token person = expertId) or the office "
            + "on the expert's behalf",
            description = "The office gets the whole draw back, the expert only their own seat. When every seat is confirmed the meeting records the panel and becomes PANEL_DRAWN. 409 "
                    + "draw.wrong-state (NOT_ON_PANEL, CONFIRMED, COMMITTED), meeting.wrong-state; 403 "
                    + "draw.other-expert / draw.role-required / committee.out-of-scope; 404.")
    @ApiResponse(responseCode = "200", description = "DrawView for the office and the HR bureau, OwnSeatView for a "
            + "drawn expert", content = @Content(schema = @Schema(oneOf = {DrawView.class, OwnSeatView.class})))
    Object confirm(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId, @PathVariable String expertId) {
        return answer(seats.confirm(meetingId, drawId, expertId, user));
    }

    @PostMapping("/{drawId}/seats/{expertId}/decline")
    @Operation(summary = "The drawn expert declines (or withdraws): the expert or the office on their behalf",
            description = "The next alternate takes the seat at once (ALTERNATE_PROMOTED); without alternates the "
                    + "seat stays VACANT for a top-up or an emergency pick. The reason stays private. 409 "
                    + "draw.wrong-state (NOT_ON_PANEL, COMMITTED); 403; 404.")
    @ApiResponse(responseCode = "200", description = "DrawView for the office and the HR bureau, OwnSeatView for a "
            + "drawn expert", content = @Content(schema = @Schema(oneOf = {DrawView.class, OwnSeatView.class})))
    Object decline(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId, @PathVariable String expertId, @Valid @RequestBody DeclineRequest body) {
        return answer(seats.decline(meetingId, drawId, expertId, body.reason(), user));
    }

    @PostMapping("/{drawId}/top-up")
    @Operation(summary = "Commit a top-up round for the vacant seats (补抽): the committee's office",
            description = "Only when the alternates are used up; draws from the experts nobody has drawn or picked, "
                    + "chained to the previous round's commitment; POST …/draw reveals it. 409 draw.wrong-state "
                    + "(NO_VACANT_SEAT, COMMITTED); 422 draw.pool-too-small; 403; 404.")
    DrawView topUp(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId) {
        return mapper.toView(draws.topUp(meetingId, drawId, user));
    }

    @PostMapping("/{drawId}/emergency-picks")
    @Operation(summary = "Pick an expert of the committee's pool by name (应急抽取, 000 三(一)): the office",
            description = "Takes the lowest vacant seat. 422 draw.emergency-consent-missing, "
                    + "draw.emergency-over-limit (more than 30 % of the panel picked by name), "
                    + "draw.emergency-not-in-pool (000-三(一)), draw.emergency-conflict (MOHRSS-40); 409 "
                    + "draw.wrong-state (NO_VACANT_SEAT, ALREADY_DRAWN, COMMITTED); 403; 404.")
    DrawView emergencyPick(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId, @Valid @RequestBody EmergencyPickRequest body) {
        return mapper.toView(draws.emergencyPick(meetingId, drawId, body.expertId(), body.hrConsentReference(),
                user));
    }

    @GetMapping("/{drawId}")
    @Operation(summary = "The draw: the office and the HR bureau see everything (identities, exclusions, the "
            + "private log); a drawn expert only their own seat",
            description = "The answer's shape depends on the reader: DrawView for office/HR, OwnSeatView for an "
                    + "expert. 403 draw.not-drawn for an expert not drawn, draw.role-required for applicants and "
                    + "others, committee.out-of-scope; 404 meeting.not-found / draw.not-found.")
    @ApiResponse(responseCode = "200", description = "DrawView for the office and the HR bureau, OwnSeatView for a "
            + "drawn expert", content = @Content(schema = @Schema(oneOf = {DrawView.class, OwnSeatView.class})))
    Object get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId) {
        return answer(queries.read(meetingId, drawId, user));
    }

    @GetMapping("/{drawId}/rounds/{round}/summons")
    @Operation(summary = "Who a drawn round selected and how to reach them: the committee's office, its HR bureau "
            + "and notification-service's service account",
            description = "The PanelDrawn event names no expert, so the service that tells the drawn experts (inbox, "
                    + "e-mail, SMS) asks here with its client-credentials token (clients configured in "
                    + "zhicheng.committee.draw.summons-readers). The meeting (title, date, venue), the committee and "
                    + "every expert the round selected, with the contact of the expert's profile (null when "
                    + "unknown): round 0 the panel (role PANEL, seats 1 … panel size) then the alternates (role "
                    + "ALTERNATE, no seat) in the order they would take a vacated seat; a top-up round the experts "
                    + "it seated in the vacant seats (PANEL). It is the round's selection as drawn, not the seats as "
                    + "they stand: later declines, promotions and emergency picks (which belong to no round) leave it "
                    + "unchanged, so each round's answer stays that of its own PanelDrawn event. 409 draw.wrong-state "
                    + "(COMMITTED: the round is committed but not yet drawn); 403 draw.role-required (applicants, "
                    + "experts, other services' accounts, …), committee.out-of-scope (another committee's office, "
                    + "another region's HR bureau); 404 meeting.not-found / draw.not-found / draw.round-not-found.")
    SummonsView summons(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId, @PathVariable int round) {
        return mapper.toView(queries.summons(meetingId, drawId, round, user));
    }

    @GetMapping("/{drawId}/record")
    @Operation(summary = "The published record (public, also anonymous): pseudonyms only",
            description = "Everything needed to replay the draw offline (docs/api/committee-draw-algorithm.md): "
                    + "constraints, the pseudonymous pool in canonical order, rounds with commitments (seeds once "
                    + "drawn), the log without decline reasons. No names, no exclusions. 404 draw.not-found.")
    PublishedView record(@PathVariable UUID meetingId, @PathVariable UUID drawId) {
        return mapper.toView(drawId, queries.published(meetingId, drawId));
    }

    @GetMapping("/{drawId}/replay")
    @Operation(summary = "The server replays the published record (public, also anonymous)",
            description = "Recomputes every commitment, checks every revealed seed, re-runs every selection and "
                    + "step: the panel and alternates by pseudonym, and whether the record verifies. 404.")
    ReplayView replay(@PathVariable UUID meetingId, @PathVariable UUID drawId) {
        return mapper.toView(queries.replay(meetingId, drawId));
    }

    @GetMapping("/{drawId}/salt")
    @Operation(summary = "The pseudonym salt, to map the record's pseudonyms to experts: the office and the HR "
            + "bureau once the meeting is CLOSED",
            description = "409 meeting.wrong-state before the meeting is closed; 403; 404.")
    SaltView salt(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID meetingId,
            @PathVariable UUID drawId) {
        return mapper.toSaltView(queries.salt(meetingId, drawId, user));
    }

    /** The whole draw (DrawView) or the reader's own seat (OwnSeatView), as the use case decided. */
    private Object answer(Reading reading) {
        return reading.full() ? mapper.toView(reading.stored())
                : mapper.toOwnSeatView(reading.stored(), reading.expert());
    }
}
