package org.zhicheng.committee.draw;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.draw.domain.ConflictSource;
import org.zhicheng.committee.draw.domain.ConflictType;
import org.zhicheng.committee.draw.domain.DrawStatus;
import org.zhicheng.committee.draw.domain.DrawStepType;
import org.zhicheng.committee.draw.domain.ExclusionReason;
import org.zhicheng.committee.draw.domain.SeatStatus;
import org.zhicheng.committee.draw.domain.SelectionRole;

import io.swagger.v3.oas.annotations.media.Schema;

/** The draw API's answers. */
final class DrawViews {

    private DrawViews() {
    }

    /**
     * The office's and the HR bureau's view of a draw: identities, exclusions with reasons, the private log.
     *
     * @param commitment         round 0's commitment, to announce before the drawing
     * @param eligible           experts in the eligible pool
     * @param excludedExperts    experts left out for a conflict (one or more exclusions each)
     * @param alternateShortfall wanted alternates the pool could not provide
     */
    record DrawView(UUID id, UUID meetingId, String committee, String algorithm, DrawStatus status,
            ConstraintsView constraints, String commitment, int eligible, int notMatching, int excludedExperts,
            int alternateShortfall, boolean complete, int emergencyPicks, List<SeatView> seats, List<String> alternates,
            List<String> initialPanel, List<String> initialAlternates, List<RoundView> rounds,
            List<ExclusionView> exclusions, List<StepView> steps, String createdBy, Instant createdAt) {
    }

    record ConstraintsView(List<String> specialties, List<String> titleLevels, int panelSize, int alternates) {
    }

    /** A round: its commitment at once, its seed once drawn. */
    record RoundView(int index, String previous, int count, String seedHash, String commitment, Instant committedAt,
            String seed, Instant drawnAt) {
    }

    /** A seat; {@code expert} is an expert id in the office's view, a pseudonym in a replay. */
    record SeatView(int number, String expert, SeatStatus status, boolean emergency) {
    }

    record ExclusionView(String expert, ExclusionReason reason, String applicationId, String person, String unit,
            ConflictType conflictType, ConflictSource conflictSource) {
    }

    /** A step of the private log: expert ids, decline reasons, who made it happen. */
    record StepView(int sequence, DrawStepType type, Instant at, Integer round, Integer seat, String expert,
            String note, String actor) {
    }

    /**
     * What a drawn expert sees: their own seat (or their place among the alternates), nobody else.
     *
     * @param seat              the seat the expert holds, null when they are an alternate
     * @param alternatePosition 1 for the next alternate, …; null when seated
     */
    record OwnSeatView(UUID drawId, UUID meetingId, String expert, Integer seat, SeatStatus status, boolean emergency,
            Integer alternatePosition) {
    }

    /** The published record: everything needed to replay the draw, experts named only by pseudonym. */
    @Schema(description = "The published draw record (algorithm zhicheng-panel-draw/1, "
            + "docs/api/committee-draw-algorithm.md): pseudonyms only, seeds once drawn, no decline reasons")
    record PublishedView(String algorithm, UUID drawId, String meetingId, ConstraintsView constraints,
            List<String> pool, List<RoundView> rounds, List<PublishedStepView> steps) {
    }

    record PublishedStepView(int sequence, DrawStepType type, Instant at, Integer round, Integer seat, String expert,
            String note) {
    }

    /**
     * The server's replay of the published record.
     *
     * @param verified          every commitment, seed and step checked out
     * @param failure           the first contradiction, null when verified
     * @param matchesStoredDraw the replayed seats are the stored draw's seats (pseudonymised)
     */
    record ReplayView(UUID drawId, String algorithm, boolean verified, String failure, List<String> initialPanel,
            List<String> initialAlternates, int alternateShortfall, List<SeatView> seats, List<String> alternates,
            List<String> commitments, boolean matchesStoredDraw) {
    }

    /**
     * Who a drawn round selected and how to reach them (评审专家通知), for the committee's office, its HR bureau and
     * notification-service, which tells the drawn experts: the {@code PanelDrawn} event names nobody.
     */
    @Schema(description = "A drawn round's summons: the meeting and every expert the round selected, as drawn (later "
            + "declines and promotions do not change it), with the profile's contact")
    record SummonsView(UUID meetingId,
            @Schema(description = "the committee's code", example = "SY-ENG-MID") String committee,
            @Schema(example = "上虞区工程系列中级评审委员会") String committeeName,
            @Schema(example = "建设工程评审会") String meetingTitle,
            @Schema(description = "the meeting's day (Asia/Shanghai)") LocalDate meetingDate,
            @Schema(description = "null when the meeting has none yet", example = "上虞区人力社保局") String venue,
            UUID drawId,
            @Schema(description = "0 for the panel and its alternates, 1, 2, … for top-ups (补抽)") int round,
            @Schema(description = "when the round was drawn") Instant drawnAt,
            @Schema(description = "round 0: the panel in seat order, then the alternates in the order they would "
                    + "take a vacated seat; a top-up round: the experts it seated, in seat order")
            List<SummonedExpertView> experts) {
    }

    /** One expert a round selected, with the profile's contact (null fields when the profile holds none). */
    @Schema(description = "An expert the round selected, with the contact of the expert's profile (null when unknown)")
    record SummonedExpertView(@Schema(example = "E-SY-0007") String expertId, String name, String unit, String email,
            String phone,
            @Schema(description = "PANEL for a seat on the panel (in a top-up round: a vacant seat it filled), "
                    + "ALTERNATE for an alternate") SelectionRole role,
            @Schema(description = "the seat (1 … panel size) for PANEL; null for ALTERNATE") Integer seat) {
    }

    /** The salt that maps pseudonyms to experts, revealed to the office and the HR bureau after the meeting. */
    record SaltView(UUID drawId, UUID meetingId, String salt) {
    }
}
