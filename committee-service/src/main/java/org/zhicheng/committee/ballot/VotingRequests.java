package org.zhicheng.committee.ballot;

import java.util.List;

import org.zhicheng.committee.ballot.domain.BallotChoice;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The request bodies of the voting API. */
final class VotingRequests {

    private VotingRequests() {
    }

    record OpeningRequest(@Schema(description = "the expert id of the panelist chairing the meeting") @NotBlank
    @Size(max = 64) String chair) {
    }

    @Schema(description = "The sign-in sheet (签到): the panel experts present; every other panelist is absent")
    record AttendanceRequest(@NotNull @Size(max = 99) List<@NotBlank @Size(max = 64) String> present) {
    }

    @Schema(description = "A secret ballot (无记名投票). The voter is the caller (the token's person); voter, when "
            + "given, must be the caller: there are no proxy votes.")
    record BallotRequest(@NotNull BallotChoice choice, @Size(max = 64) String voter) {
    }
}
