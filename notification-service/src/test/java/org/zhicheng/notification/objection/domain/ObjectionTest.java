package org.zhicheng.notification.objection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.zhicheng.notification.publicity.domain.MinimumPublicityPeriod;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityRules;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.notification.publicity.domain.SubjectType;
import org.zhicheng.starter.problem.ConflictRefused;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;
import org.zhicheng.starter.calendar.WorkingDayData;

/** An objection from registration to answer, against a publicity running 4–8 November 2024. */
class ObjectionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PublicityRules RULES = rules();
    private static final Instant DURING = at(LocalDate.of(2024, 11, 6));
    private static final Instant AFTER = LocalDate.of(2024, 11, 9).atStartOfDay(SHANGHAI).toInstant();

    private final Publicity publicity = Publicity.open(new Publicity.Draft(UUID.randomUUID(),
            PublicityKind.PRE_EVALUATION, new PublicitySubject(SubjectType.APPLICATION_LIST, "2024-eng-1"), "330604",
            "SY-ENG-MID", null, "上虞区建设工程中级评委会", "评前公示", "现予公示。", null,
            List.of(new PublicityEntry(UUID.randomUUID(), UUID.randomUUID(), "P-1", "陈明", "某公司", "工程师", null,
                    List.of(), null)), null, "0".repeat(64)), RULES, "office", at(LocalDate.of(2024, 11, 4)));

    @Test
    void anObjectionAgainstAnEntryIsAssignedToTheCommitteesOfficeAndNamesTheApplication() {
        PublicityEntry entry = publicity.entries().getFirst();
        Objection objection = raise(new Objection.Filing(ObjectionKind.OBJECTION, entry.id(), "异议",
                new Raiser(null, null, null, null)), DURING);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.REGISTERED);
        assertThat(objection.assignedTo()).isEqualTo(new Assignee(Assignee.Kind.COMMITTEE, "SY-ENG-MID"));
        ObjectionEvent.Raised raised = (ObjectionEvent.Raised) objection.takeRecorded().getFirst().events().getFirst();
        assertThat(raised.applicationId()).isEqualTo(entry.applicationId());
        assertThat(raised.signed()).isFalse();
    }

    @Test
    void anObjectionAfterTheEndOrAgainstAnUnknownEntryIsRefused() {
        assertThatThrownBy(() -> raise(filing(null), AFTER)).isInstanceOfSatisfying(RuleRefused.class,
                refused -> assertThat(refused.code()).isEqualTo("objection.after-end-date"));
        assertThatThrownBy(() -> raise(filing(UUID.randomUUID()), DURING))
                .isInstanceOfSatisfying(ConflictRefused.class,
                        refused -> assertThat(refused.code()).isEqualTo("objection.entry-unknown"));
    }

    @Test
    void upheldOrNotUpheldOnlyAfterAnInvestigationNote() {
        Objection objection = raise(filing(null), DURING);

        assertThatThrownBy(() -> objection.answer(AnswerOutcome.UPHELD, "属实", "office", DURING))
                .isInstanceOfSatisfying(ConflictRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("objection.not-investigated");
                    assertThat(refused.rule()).isEqualTo("001-五(二)");
                });
        objection.note(UUID.randomUUID(), "office", "调阅原始材料", DURING);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.INVESTIGATING);
        objection.answer(AnswerOutcome.UPHELD, "经核实属实", "office", DURING);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.ANSWERED);
        assertThat(objection.answer().outcome()).isEqualTo(AnswerOutcome.UPHELD);
        assertThatThrownBy(() -> objection.note(UUID.randomUUID(), "office", "再记", DURING))
                .isInstanceOf(WrongStateRefused.class);
        assertThatThrownBy(() -> objection.answer(AnswerOutcome.NOT_UPHELD, "改判", "office", DURING))
                .isInstanceOf(WrongStateRefused.class);
    }

    @Test
    void outsideTheScopeMayBeAnsweredAtOnce() {
        Objection objection = raise(filing(null), DURING);

        objection.answer(AnswerOutcome.OUTSIDE_SCOPE, "已转交主管部门", "office", DURING);

        assertThat(objection.status()).isEqualTo(ObjectionStatus.ANSWERED);
    }

    @Test
    void aNamedRaiserIsSignedAnAnonymousOneIsNot() {
        assertThat(new Raiser("王五", null, null, null).anonymous()).isFalse();
        assertThat(new Raiser(null, "13900000000", null, null).anonymous()).isTrue();
        assertThat(new Raiser(" ", null, "applicant.sy", "P-1").anonymous()).isFalse();
    }

    private Objection raise(Objection.Filing filing, Instant at) {
        return Objection.raise(UUID.randomUUID(), "YY2024-000001", "0".repeat(64), publicity, filing, RULES,
                "anonymous", at);
    }

    private static Objection.Filing filing(UUID entry) {
        return new Objection.Filing(ObjectionKind.COMPLAINT, entry, "投诉", new Raiser(null, null, null, null));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant();
    }

    private static PublicityRules rules() {
        Map<PublicityKind, Integer> days = new EnumMap<>(PublicityKind.class);
        for (PublicityKind kind : PublicityKind.values()) {
            days.put(kind, 5);
        }
        return PublicityRules.of(new MinimumPublicityPeriod(
                WorkingDayData.load(new ClassPathResource("zhicheng/working-days.yaml")), days, SHANGHAI));
    }
}
