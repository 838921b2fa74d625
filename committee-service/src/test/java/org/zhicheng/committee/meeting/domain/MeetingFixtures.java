package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.core.io.ClassPathResource;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.calendar.WorkingDayData;

/** Fresh meetings and rules for domain tests, on the calendar the starter ships (2024–2026). */
public final class MeetingFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final WorkingDayCalendar CALENDAR = WorkingDayData
        .load(new ClassPathResource("zhicheng/working-days.yaml"));
    public static final MeetingRules RULES = MeetingRules.of(MeetingRuleSettings.SEED_NOTICES, CALENDAR);
    public static final String COMMITTEE = "LD-ENG-MID";
    public static final PanelPlan PANEL_PLAN = new PanelPlan(Set.of("machinery"), Set.of("DEPUTY_SENIOR"), 9, 2);
    public static final String OFFICE = "office-liandu";
    public static final String HR = "hr-liandu";

    private MeetingFixtures() {
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** 10:00 in Shanghai on {@code iso}. */
    public static Instant morningOf(String iso) {
        return at(iso, "10:00");
    }

    /** {@code time} in Shanghai on {@code iso}. */
    public static Instant at(String iso, String time) {
        return LocalDateTime.parse(iso + "T" + time).atZone(SHANGHAI).toInstant();
    }

    public static ApplicationAssignment assignment(int n) {
        return new ApplicationAssignment(new UUID(0xA, n), "person-" + n, "unit-" + n, "engineer", "machinery");
    }

    public static MeetingFiling filing() {
        return new MeetingFiling(2, "2 of 3 applicants qualified", "publicity-2024-17",
                "5 working days, no objection", "9 experts from the engineering pool, odd panel");
    }

    public static List<String> panel(int size) {
        return IntStream.rangeClosed(1, size).mapToObj(n -> "E-LD-%04d".formatted(n)).toList();
    }

    /** A meeting on Monday 2024-10-14 created on 2024-09-02, with two applications assigned. */
    public static Meeting planned() {
        Meeting meeting = Meeting.plan(UUID.randomUUID(), COMMITTEE, "机电 2024 第一次评审会", day("2024-10-14"),
                "区人力社保局 3 楼", PANEL_PLAN, RULES, OFFICE, morningOf("2024-09-02"));
        meeting.assign(assignment(1), OFFICE, morningOf("2024-09-03"));
        meeting.assign(assignment(2), OFFICE, morningOf("2024-09-03"));
        return meeting;
    }

    public static Meeting filed() {
        Meeting meeting = planned();
        meeting.file(filing(), RULES, OFFICE, morningOf("2024-09-20"));
        return meeting;
    }

    public static Meeting approved() {
        Meeting meeting = filed();
        meeting.approve("莲人社函〔2024〕88号", HR, null, morningOf("2024-09-25"));
        return meeting;
    }

    public static Meeting panelDrawn(int panelSize) {
        Meeting meeting = approved();
        meeting.recordPanel(UUID.randomUUID(), panel(panelSize), OFFICE, morningOf("2024-10-10"));
        return meeting;
    }

    /** Open on its date, chaired by the first panel expert. */
    public static Meeting open(int panelSize) {
        Meeting meeting = panelDrawn(panelSize);
        meeting.open(panel(panelSize).getFirst(), RULES, OFFICE, at("2024-10-14", "09:00"));
        return meeting;
    }
}
