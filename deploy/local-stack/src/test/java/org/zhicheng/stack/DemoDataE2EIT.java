package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhicheng.stack.demo.DemoCommittees;
import org.zhicheng.stack.demo.DemoData;
import org.zhicheng.stack.demo.DemoPublicities;
import org.zhicheng.stack.demo.Outcome;

/**
 * The demo data on the real stack: every seed table of deploy/demo-data is imported through the gateway by its
 * demo users, approved and published, so that it is a public plan with one item per table row, and the portals'
 * anonymous search finds a district's own items and its city's, never a sibling district's. Then the demo committees
 * are registered with their experts and pools, and plan-service links the plans' items that name them (from
 * {@code CommitteeRegistered} on Kafka). Loading again changes nothing.
 */
class DemoDataE2EIT extends E2ETestBase {

    /** Items per manifest line: one per row of the notice's table (003: its two recommended titles). */
    private static final Map<String, Integer> EXPECTED_ITEMS = new LinkedHashMap<>();

    static {
        EXPECTED_ITEMS.put("000-shangyu-2024.txt#1", 33);
        EXPECTED_ITEMS.put("000-shangyu-2024.txt#2", 2);
        EXPECTED_ITEMS.put("000-shangyu-2024.txt#3", 5);
        EXPECTED_ITEMS.put("000-shangyu-2024.txt#4", 2);
        EXPECTED_ITEMS.put("001-liandu-2024.txt#1", 11);
        EXPECTED_ITEMS.put("001-liandu-2024.txt#2", 1);
        EXPECTED_ITEMS.put("002-quzhou-2021.txt#1", 25);
        EXPECTED_ITEMS.put("003-shaoxing-2024.json", 2);
    }

    @Test
    void everySeedTableBecomesAPublishedPlanFoundByThePortalSearch() throws InterruptedException {
        // what ./stack up runs once the stack is ready
        List<DemoData.Result> loaded = LocalStack.loadDemoData(stack());

        assertThat(loaded).extracting(r -> r.plan().label()).containsExactlyElementsOf(EXPECTED_ITEMS.keySet());
        for (DemoData.Result result : loaded) {
            String label = result.plan().label();
            assertThat(result.outcome()).as(result.summary()).isEqualTo(Outcome.LOADED);
            assertThat(result.rows()).as(result.summary()).isEqualTo(EXPECTED_ITEMS.get(label));

            // anonymous portal view of the plan: published, one item per row
            HttpResponse<String> plan = get("/api/v1/plans/" + result.planId(), null);
            assertThat(plan.statusCode()).as(label).isEqualTo(200);
            assertThat(JsonPath.<String>read(plan.body(), "$.status")).as(label).isEqualTo("PUBLISHED");
            assertThat(JsonPath.<List<Object>>read(plan.body(), "$.items")).as(label)
                    .hasSize(EXPECTED_ITEMS.get(label));
            assertThat(JsonPath.<String>read(plan.body(), "$.region")).isEqualTo(result.plan().region());
        }
        assertThat(JsonPath.<String>read(get("/api/v1/plans/" + loaded.getLast().planId(), null).body(),
                "$.dates.individualApplication")).isEqualTo("2024-08-23");

        // Shangyu's applicants: their district's 42 items and the Shaoxing city plan's 2, not Liandu's
        String shangyu = get("/api/v1/plan-items?region=330604&year=2024&size=100", null).body();
        assertThat(JsonPath.<Integer>read(shangyu, "$.totalElements")).isEqualTo(33 + 2 + 5 + 2 + 2);
        assertThat(JsonPath.<List<String>>read(shangyu, "$.content[*].region"))
                .contains("330604", "3306").doesNotContain("331102");
        String liandu = get("/api/v1/plan-items?region=331102&year=2024&size=100", null).body();
        assertThat(JsonPath.<List<String>>read(liandu, "$.content[*].region")).hasSize(11 + 1).containsOnly("331102");

        // loading again finds every plan through the API and creates nothing
        List<DemoData.Result> again = LocalStack.loadDemoData(stack());
        assertThat(again).allSatisfy(r -> assertThat(r.outcome()).as(r.summary())
                .isEqualTo(Outcome.EXISTING));
        assertThat(again).extracting(DemoData.Result::planId)
                .containsExactlyElementsOf(loaded.stream().map(DemoData.Result::planId).toList());

        committeesAreRegisteredWithTheirPoolsAndLinkedToTheItemsNamingThem();
    }

    private void committeesAreRegisteredWithTheirPoolsAndLinkedToTheItemsNamingThem() throws InterruptedException {
        List<DemoCommittees.Result> committees = LocalStack.loadDemoCommittees(stack());
        assertThat(committees).extracting(DemoCommittees.Result::code)
                .containsExactly("SY-ENG-MID", "LD-IND-JUN", "QZ-ENG-MID");
        assertThat(committees).allSatisfy(r -> assertThat(r.outcome()).as(r.summary())
                .isEqualTo(Outcome.LOADED));
        assertThat(committees).extracting(DemoCommittees.Result::membersAdded).containsExactly(11, 7, 7);

        // public committee register; the pool only for the office and HR
        assertThat(JsonPath.<String>read(get("/api/v1/committees/SY-ENG-MID", null).body(), "$.territory"))
                .isEqualTo("330604");
        String pool = get("/api/v1/committees/SY-ENG-MID/pool", userToken("office.sy")).body();
        assertThat(JsonPath.<List<String>>read(pool, "$.members[*].expert")).hasSize(11).contains("E-SY-0001");
        assertThat(get("/api/v1/committees/SY-ENG-MID/pool", userToken("office.ld")).statusCode()).isEqualTo(403);

        // plan-service links the items naming the committee (CommitteeRegistered over Kafka)
        String search = "/api/v1/plan-items?region=330604&year=2024&size=100";
        List<String> codes = List.of();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            codes = JsonPath.read(get(search, null).body(),
                    "$.content[?(@.committeeName == '上虞区建设工程中级专业技术职务任职资格评审委员会')].committeeCode");
            if (!codes.isEmpty() && codes.stream().allMatch("SY-ENG-MID"::equals)) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(codes).as("items of 上虞区建设工程… linked within 30 s").isNotEmpty()
                .containsOnly("SY-ENG-MID");

        List<DemoCommittees.Result> again = LocalStack.loadDemoCommittees(stack());
        assertThat(again).allSatisfy(r -> assertThat(r.outcome()).as(r.summary())
                .isEqualTo(Outcome.EXISTING));

        // the demo meeting: planned three weeks ahead, filed, approved and drawn; its public record names nobody
        List<DemoCommittees.MeetingResult> meetings = LocalStack.loadDemoMeetings(stack());
        assertThat(meetings).singleElement().satisfies(m -> {
            assertThat(m.outcome()).as(m.summary()).isEqualTo(Outcome.LOADED);
            assertThat(m.seats()).isEqualTo(7);
            assertThat(m.excluded()).as("E-SY-0002 works at the applicant's unit SY-U001").isEqualTo(1);
        });
        DemoCommittees.MeetingResult meeting = meetings.getFirst();
        String draw = "/api/v1/meetings/" + meeting.meetingId() + "/draws/" + meeting.drawId();
        assertThat(get(draw + "/record", null).body()).doesNotContain("E-SY-");
        assertThat(JsonPath.<Boolean>read(get(draw + "/replay", null).body(), "$.verified")).isTrue();
        assertThat(JsonPath.<String>read(get("/api/v1/meetings/" + meeting.meetingId(), userToken("office.sy"))
                .body(), "$.status")).isEqualTo("APPROVED");
        assertThat(LocalStack.loadDemoMeetings(stack())).singleElement()
                .satisfies(m -> assertThat(m.outcome()).isEqualTo(Outcome.EXISTING));

        demoPublicitiesAreOpenedOnce();
    }

    private void demoPublicitiesAreOpenedOnce() {
        List<DemoPublicities.Result> opened = LocalStack.loadDemoPublicities(stack());
        assertThat(opened).hasSize(2).allSatisfy(r -> assertThat(r.outcome()).as(r.summary())
                .isEqualTo(Outcome.LOADED));
        String listed = get("/api/v1/publicities?region=330604&open=true&size=100", null).body();
        assertThat(JsonPath.<List<String>>read(listed, "$.content[*].id"))
                .containsAll(opened.stream().map(DemoPublicities.Result::id).toList());
        assertThat(LocalStack.loadDemoPublicities(stack())).allSatisfy(r -> assertThat(r.outcome())
                .as(r.summary()).isEqualTo(Outcome.EXISTING));
    }
}
