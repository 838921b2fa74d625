package org.zhicheng.education.hours;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an entry is reversed; kept on the reversal entry. */
record ReverseHoursRequest(@NotBlank @Size(max = 500) String reason) {
}
