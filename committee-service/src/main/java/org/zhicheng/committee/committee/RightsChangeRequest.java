package org.zhicheng.committee.committee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a committee's evaluation rights are suspended or reinstated (kept in its history). */
record RightsChangeRequest(@NotBlank @Size(max = 2000) String reason) {
}
