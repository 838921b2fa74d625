package org.zhicheng.notification.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Import;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;

import tools.jackson.databind.JsonNode;

/**
 * The closer on the statutory calendars of 2024, 2025 and 2026, with the service's clock in those years (this class's
 * own context, its clock starting in September 2024 and moving forward): a publicity opened before a holiday counts
 * the adjusted working weekend day, skips the holiday, and closes at the first minute after its last working day.
 */
@NotificationServiceTest
@Import(PublicityCalendarCloseTest.CalendarClock.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicityCalendarCloseTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class CalendarClock {

        @Bean
        @Primary
        ShiftableClock calendarClock() {
            return new ShiftableClock(LocalDate.of(2024, 9, 13).atTime(9, 0).atZone(ShiftableClock.SHANGHAI)
                    .toInstant());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    PublicityCloser closer;

    @Test
    @Order(1)
    void midAutumn2024() {
        // opened Friday 13 Sep; Sat 14 Sep is a working day, 15–17 Sep are off: five working days end Fri 20 Sep
        closesAfter(LocalDate.of(2024, 9, 13), LocalDate.of(2024, 9, 20));
    }

    @Test
    @Order(2)
    void nationalDay2025() {
        // opened Tuesday 30 Sep; 1–8 Oct are off, Sat 11 Oct is a working day: ends Mon 13 Oct
        closesAfter(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13));
    }

    @Test
    @Order(3)
    void springFestival2026() {
        // opened on the working Saturday 14 Feb; 15–23 Feb are off: ends Fri 27 Feb
        closesAfter(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 27));
    }

    @Test
    @Order(4)
    void anOrdinaryWeekend2026() {
        // opened Thursday 12 Mar: Thu, Fri, Mon, Tue, Wed
        closesAfter(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 18));
    }

    private void closesAfter(LocalDate opened, LocalDate lastWorkingDay) {
        ServiceApi api = new ServiceApi(port);
        clock.moveTo(opened, LocalTime.of(9, 0));
        Reply open = api.post("/api/v1/publicities", TestTokens.bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(UUID.randomUUID(), null));
        assertThat(open.status()).as(open.raw().body()).isEqualTo(201);
        String id = open.json().path("id").asString();
        JsonNode period = open.json().path("period");
        assertThat(period.path("startsOn").asString()).isEqualTo(opened.toString());
        assertThat(period.path("endsOn").asString()).isEqualTo(lastWorkingDay.toString());
        assertThat(period.path("provisional").asBoolean()).isFalse();

        clock.moveTo(lastWorkingDay, LocalTime.of(23, 59, 30));
        closer.closeDue();
        assertThat(status(api, id)).isEqualTo("RUNNING");
        clock.moveTo(lastWorkingDay.plusDays(1), LocalTime.of(0, 0, 30));
        closer.closeDue();
        assertThat(status(api, id)).isEqualTo("CLOSED");
    }

    private static String status(ServiceApi api, String id) {
        return api.get("/api/v1/publicities/" + id, null).json().path("status").asString();
    }
}
