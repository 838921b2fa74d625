package org.zhicheng.plan.plan.web;

import java.time.LocalDate;

import org.zhicheng.plan.plan.domain.schedule.TimeExpressionKind;

/** A time as written, its kind and its inclusive date range (null ends for times "to be fixed"). */
public record TimeView(String text, TimeExpressionKind kind, LocalDate earliest, LocalDate latest) {
}
