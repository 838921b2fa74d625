package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.ClassPathResource;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.calendar.WorkingDayData;

/** Domain fixtures: the real 2024–2026 calendar, the seed notices' five working days, publicities opened at a time. */
final class PublicityFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingDayCalendar CALENDAR = WorkingDayData.load(new ClassPathResource("zhicheng/working-days.yaml"));

    private PublicityFixtures() {
    }

    static PublicityRules rules() {
        Map<PublicityKind, Integer> days = new EnumMap<>(PublicityKind.class);
        for (PublicityKind kind : PublicityKind.values()) {
            days.put(kind, 5);
        }
        return PublicityRules.of(new MinimumPublicityPeriod(CALENDAR, days, SHANGHAI));
    }

    /** An instant at {@code time} (Shanghai) of {@code day}. */
    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(SHANGHAI).toInstant();
    }

    static Instant at(String day, String time) {
        return at(LocalDate.parse(day), LocalTime.parse(time));
    }

    static Publicity unitPublicityOpenedAt(Instant now) {
        return Publicity.open(draft(PublicityKind.UNIT, null), rules(), "employer", now);
    }

    static Publicity.Draft draft(PublicityKind kind, Integer workingDays) {
        return new Publicity.Draft(UUID.randomUUID(), kind,
                new PublicitySubject(SubjectType.APPLICATION, UUID.randomUUID().toString()), "330604",
                kind.byCommitteeOffice() ? "SY-ENG-MID" : null, kind.byCommitteeOffice() ? null : "SY-U001",
                "绍兴市上虞区建设工程有限公司", "关于陈明同志申报工程师职称的公示", "现予公示。", null,
                List.of(entry("陈明", "论文一篇")), workingDays, "0".repeat(64));
    }

    static PublicityEntry entry(String name, String achievement) {
        return new PublicityEntry(UUID.randomUUID(), UUID.randomUUID(), "P-1", name, "绍兴市上虞区建设工程有限公司",
                "工程师", "建筑施工", List.of(achievement), null);
    }

    static ObjectionTally open(int count) {
        return new ObjectionTally(count, count, 0, 0, 0, List.of());
    }

    static ObjectionTally answered(int upheld, int notUpheld, UUID... upheldApplications) {
        return new ObjectionTally(upheld + notUpheld, 0, upheld, notUpheld, 0, List.of(upheldApplications));
    }
}
