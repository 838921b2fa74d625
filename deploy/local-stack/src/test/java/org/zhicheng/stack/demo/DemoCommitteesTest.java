package org.zhicheng.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhicheng.stack.LocalStack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The demo committees and experts files as the loader reads them, and the bodies it posts. */
class DemoCommitteesTest {

    private static final Path DEMO_DATA = LocalStack.repositoryRoot().resolve("deploy/demo-data");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void everyExpertServesACommitteeOfTheFileAndEveryPoolCanSeatAnOddPanel() {
        List<DemoCommittees.Committee> committees = DemoCommittees.readCommittees(
                DEMO_DATA.resolve(DemoCommittees.COMMITTEES));
        List<DemoCommittees.Expert> experts = DemoCommittees.readExperts(DEMO_DATA.resolve(DemoCommittees.EXPERTS));

        Set<String> codes = committees.stream().map(DemoCommittees.Committee::code).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("SY-ENG-MID", "LD-IND-JUN", "QZ-ENG-MID");
        assertThat(experts).allSatisfy(expert -> assertThat(codes).contains(expert.committee()));
        assertThat(experts).extracting(DemoCommittees.Expert::id).doesNotHaveDuplicates()
                .contains("E-SY-0001", "E-LD-0001");
        for (String code : codes) {
            // the draw's smallest panel is 5 (MOHRSS order 40, odd): every demo pool can seat it with alternates
            assertThat(experts.stream().filter(e -> e.committee().equals(code)).count()).as(code)
                    .isGreaterThanOrEqualTo(7);
        }
        // the expert working at the demo applicant's unit, so a draw for that application excludes them
        assertThat(experts).anySatisfy(e -> assertThat(e.unit()).isEqualTo("SY-U001"));
    }

    @Test
    void theCommitteeBodyCarriesTheNoticesNameAndTheListsSplitAtTheEnumerationComma() {
        DemoCommittees.Committee shangyu = DemoCommittees.readCommittees(DEMO_DATA.resolve(DemoCommittees.COMMITTEES))
                .getFirst();

        JsonNode body = JSON.readTree(DemoCommittees.body(shangyu));

        assertThat(body.path("name").asString()).isEqualTo("上虞区建设工程中级专业技术职务任职资格评审委员会");
        assertThat(body.path("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(body.path("kind").asString()).isEqualTo("DELEGATED");
        assertThat(body.path("specialties")).hasSize(5);
        assertThat(body.path("evaluatedTitles").get(0).asString()).isEqualTo("ENGINEER_INTERMEDIATE");
        assertThat(body.path("recommendedTitles").get(0).asString()).isEqualTo("ENGINEER_SENIOR");
        assertThat(body.path("territory").asString()).isEqualTo("330604");
    }

    @Test
    void theDemoMeetingIsAWeekAheadAtLeastWithAnOddPanelTheShangyuPoolCanSeat() {
        List<DemoCommittees.Meeting> meetings = DemoCommittees.readMeetings(DEMO_DATA.resolve(DemoCommittees.MEETINGS));

        assertThat(meetings).singleElement().satisfies(meeting -> {
            assertThat(meeting.committee()).isEqualTo("SY-ENG-MID");
            assertThat(meeting.daysAhead()).isGreaterThanOrEqualTo(7);
            assertThat(meeting.panelSize() % 2).isEqualTo(1);
            // 11 experts, one excluded for the applicant of SY-U001: 10 eligible for 7 seats and 2 alternates
            assertThat(meeting.panelSize() + meeting.alternates()).isLessThanOrEqualTo(10);
            assertThat(meeting.applications()).contains("P-SY-0001@SY-U001");
            assertThat(meeting.titleLevels()).containsExactly("DEPUTY_SENIOR", "FULL_SENIOR");
        });
    }

    @Test
    void aLineWithMissingFieldsIsRefusedWithItsLineNumber(@TempDir Path directory) throws Exception {
        Path file = directory.resolve(DemoCommittees.EXPERTS);
        Files.writeString(file, "# header\nSY-ENG-MID\tE-1\t张三\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DemoCommittees.readExperts(file))
                .hasMessageContaining("line 2").hasMessageContaining("12 tab-separated fields expected, found 3");
    }
}
