package org.zhicheng.notification.publicity.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.calendar.WorkingDayAnswer;
import org.zhicheng.starter.calendar.WorkingDayCalendar;

/**
 * Each publicity runs at least so many working days on the statutory calendar (002 一(二) unit, 一(三) pre-evaluation,
 * 一(五) result; 003 三(二); 001 五(二)): five by default, a number per kind in configuration. The opener may choose a
 * longer period, never a shorter one. The period starts on the day it is opened, which counts as the first working
 * day when it is one, and ends with its last working day ({@link WorkingDayCalendar#addWorkingDays}).
 */
public final class MinimumPublicityPeriod {

    public static final String CODE = "publicity.period-too-short";
    // a longer period than this is a typing error, not a publicity
    static final int MAX_WORKING_DAYS = 60;

    private final WorkingDayCalendar calendar;
    private final Map<PublicityKind, Integer> minimumWorkingDays;
    private final ZoneId zone;

    public MinimumPublicityPeriod(WorkingDayCalendar calendar, Map<PublicityKind, Integer> minimumWorkingDays,
            ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.minimumWorkingDays = new EnumMap<>(PublicityKind.class);
        for (PublicityKind kind : PublicityKind.values()) {
            Integer days = minimumWorkingDays.get(kind);
            if (days == null || days < 1 || days > MAX_WORKING_DAYS) {
                throw new IllegalArgumentException("minimum working days of " + kind + " must be 1.."
                        + MAX_WORKING_DAYS + ", was " + days);
            }
            this.minimumWorkingDays.put(kind, days);
        }
    }

    public int minimumOf(PublicityKind kind) {
        return minimumWorkingDays.get(kind);
    }

    /**
     * The period of a publicity of {@code kind} opened on {@code startsOn} for {@code workingDays} (null: the minimum).
     *
     * @throws RuleRefused {@code publicity.period-too-short} (the kind's rule); arguments: kind, days, minimum
     */
    public PublicityPeriod period(PublicityKind kind, LocalDate startsOn, Integer workingDays) {
        int minimum = minimumOf(kind);
        int days = workingDays == null ? minimum : workingDays;
        if (days < minimum) {
            throw new RuleRefused(CODE, kind.rule(), kind.label(), days, minimum);
        }
        if (days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("a publicity runs at most " + MAX_WORKING_DAYS + " working days");
        }
        WorkingDayAnswer end = calendar.addWorkingDays(startsOn, days);
        return new PublicityPeriod(startsOn, days, end.date(),
                end.date().plusDays(1).atStartOfDay(zone).toInstant(), end.provisional(), end.sources());
    }

    /**
     * The same period computed again on today's calendar data: a provisional end (a year whose holiday notice had not
     * arrived) moves when the notice is added; a confirmed one never moves.
     */
    public PublicityPeriod recomputed(PublicityPeriod period) {
        if (!period.provisional()) {
            return period;
        }
        WorkingDayAnswer end = calendar.addWorkingDays(period.startsOn(), period.workingDays());
        return new PublicityPeriod(period.startsOn(), period.workingDays(), end.date(),
                end.date().plusDays(1).atStartOfDay(zone).toInstant(), end.provisional(), end.sources());
    }

    /** The business date of {@code instant} (Asia/Shanghai by default). */
    public LocalDate dateOf(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
