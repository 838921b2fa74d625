package org.zhicheng.plan.plan.web;

import jakarta.validation.constraints.Size;

/** The optional body of submit, approve, publish and close: why, for the history. */
public record TransitionRequest(@Size(max = 1000) String reason) {
}
