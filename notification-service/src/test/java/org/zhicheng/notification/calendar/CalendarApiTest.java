package org.zhicheng.notification.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.notification.support.NotificationServiceTest;

/** The public calendar on the real 2024 data (国办发明电〔2023〕7号). */
@NotificationServiceTest
class CalendarApiTest {

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aFiveWorkingDayPublicityFromTheEveOfNationalDayEndsOnTheAdjustedWeek() {
        Reply reply = api.get("/api/v1/calendar/working-days/add?start=2024-09-30&days=5", null);

        assertThat(reply.status()).isEqualTo(200);
        // 9-30, then 10-8 … 10-11 after the National Day holiday (10-1 … 10-7)
        assertThat(reply.json().path("end").asString()).isEqualTo("2024-10-11");
        assertThat(reply.json().path("provisional").asBoolean()).isFalse();
        assertThat(reply.json().path("sources").get(0).asString()).contains("国办发明电〔2023〕7号");
    }

    @Test
    void anAdjustedSaturdayIsAWorkingDayAndAHolidayIsNot() {
        Reply saturday = api.get("/api/v1/calendar/working-days/2024-10-12", null);
        Reply nationalDay = api.get("/api/v1/calendar/working-days/2024-10-01", null);

        assertThat(saturday.json().path("workingDay").asBoolean()).isTrue();
        assertThat(nationalDay.json().path("workingDay").asBoolean()).isFalse();
        assertThat(nationalDay.json().path("provisional").asBoolean()).isFalse();
        // like a period, a single date names the notice it rests on
        assertThat(saturday.json().path("sources")).hasSize(1);
        assertThat(saturday.json().path("sources").get(0).asString()).contains("国办发明电〔2023〕7号");
        assertThat(nationalDay.json().path("sources").get(0).asString()).contains("国办发明电〔2023〕7号");
    }

    @Test
    void aYearWithoutDataIsAnsweredProvisionally() {
        Reply day = api.get("/api/v1/calendar/working-days/2031-01-06", null);
        Reply period = api.get("/api/v1/calendar/working-days/add?start=2031-01-06&days=5", null);

        assertThat(day.json().path("workingDay").asBoolean()).isTrue();
        assertThat(day.json().path("provisional").asBoolean()).isTrue();
        assertThat(day.json().path("sources").get(0).asString()).startsWith("2031").contains("Monday–Friday");
        assertThat(period.json().path("end").asString()).isEqualTo("2031-01-10");
        assertThat(period.json().path("provisional").asBoolean()).isTrue();
    }

    @Test
    void badInputIsA400() {
        assertThat(api.get("/api/v1/calendar/working-days/add?start=2024-09-30&days=0", null).code())
                .isEqualTo("calendar.days-invalid");
        assertThat(api.get("/api/v1/calendar/working-days/not-a-date", null).status()).isEqualTo(400);
    }
}
