package org.zhicheng.committee.meeting.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The numbers the meeting rules use, from configuration ({@code zhicheng.committee.rules.*}) so a new notice changes
 * settings, not code.
 *
 * @param meetingLeadDays        calendar days at least between creating a meeting and holding it (002 一(三): 7)
 * @param filingLeadWorkingDays  working days at least between filing with the HR bureau and the meeting (001 五(二): 5)
 * @param zone                   the zone business dates are read in (Asia/Shanghai)
 */
public record MeetingRuleSettings(int meetingLeadDays, int filingLeadWorkingDays, ZoneId zone) {

    /** The values of the seed notices. */
    public static final MeetingRuleSettings SEED_NOTICES = new MeetingRuleSettings(7, 5, ZoneId.of("Asia/Shanghai"));

    public MeetingRuleSettings {
        Objects.requireNonNull(zone, "zone");
        if (meetingLeadDays < 0) {
            throw new IllegalArgumentException("meetingLeadDays must not be negative");
        }
        if (filingLeadWorkingDays < 1) {
            throw new IllegalArgumentException("filingLeadWorkingDays must be at least 1");
        }
    }
}
