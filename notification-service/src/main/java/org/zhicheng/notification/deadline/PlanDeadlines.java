package org.zhicheng.notification.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.notification.committee.CommitteeDirectory;
import org.zhicheng.notification.deadline.PlanItemRepository.WatchedItem;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;
import org.zhicheng.starter.calendar.WorkingDayCalendar;

/**
 * Tells committee offices of their plans' deadlines: that a plan naming the committee was published and when its
 * applications close; that a deadline moved by special approval (000 三(三)); and, every morning, that a deadline is
 * {@code remind-working-days} working days away or nearer (once per deadline; a moved one is reminded again). An item
 * whose committee is not known to committee-service (not linked by plan-service) reaches nobody's inbox.
 */
@Service
@EnableConfigurationProperties(DeadlineProperties.class)
public class PlanDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PlanDeadlines.class);

    private final PlanItemRepository items;
    private final CommitteeDirectory committees;
    private final Notices notices;
    private final WorkingDayCalendar calendar;
    private final DeadlineProperties properties;
    private final Clock clock;

    PlanDeadlines(PlanItemRepository items, CommitteeDirectory committees, Notices notices,
            WorkingDayCalendar calendar, DeadlineProperties properties, Clock clock) {
        this.items = items;
        this.committees = committees;
        this.notices = notices;
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    /** A published plan: its items are watched; each office of a known committee is told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void published(UUID eventId, PlanEventData.Published plan) {
        LocalDate planDeadline = plan.dates() == null ? null : plan.dates().individualApplication();
        for (PlanEventData.Item item : plan.items()) {
            LocalDate deadline = item.applicationDeadline() != null ? item.applicationDeadline() : planDeadline;
            String from = item.applicationDeadline() != null ? "ITEM" : planDeadline != null ? "PLAN" : null;
            WatchedItem watched = new WatchedItem(item.itemId(), plan.planId(), plan.year(), plan.title(),
                    plan.region(), item.committeeId(), item.committeeName(), deadline, from);
            items.upsert(watched);
            office(watched).ifPresent(office -> notices.send(office, Notice.of(NoticeType.PLAN_PUBLISHED,
                    "event:" + eventId + ":" + item.itemId()).with("planTitle", plan.title())
                    .with("year", plan.year()).with("committeeName", item.committeeName())
                    .with("deadline", deadline).causedBy(eventId).link("plan", plan.planId()).build()));
        }
    }

    /** A deadline moved: the items it moves are updated and their offices told. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void deadlineChanged(UUID eventId, PlanEventData.DeadlineChanged change) {
        List<WatchedItem> affected;
        if (change.itemId() != null || "INDIVIDUAL_APPLICATION".equals(change.stage())) {
            affected = items.moveDeadline(change.planId(), change.itemId(), change.newDeadline());
        } else {
            // a recommendation stage moved: the offices are told, the individual deadlines stay
            affected = items.ofPlan(change.planId());
        }
        Set<Address> told = new LinkedHashSet<>();
        for (WatchedItem item : affected) {
            office(item).filter(told::add).ifPresent(office -> notices.send(office,
                    Notice.of(NoticeType.PLAN_DEADLINE_CHANGED, "event:" + eventId).with("planTitle", item.planTitle())
                            .with("stage", change.stage() == null ? "ITEM" : change.stage())
                            .with("oldDeadline", change.oldDeadline()).with("newDeadline", change.newDeadline())
                            .with("reason", change.reason()).with("approvalReference", change.approvalReference())
                            .causedBy(eventId).link("plan", change.planId()).build()));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void closed(PlanEventData.Closed plan) {
        items.close(plan.planId());
    }

    @Scheduled(cron = "${zhicheng.notification.deadlines.cron:0 0 8 * * *}",
            zone = "${zhicheng.notification.deadlines.zone:Asia/Shanghai}")
    void daily() {
        remind();
    }

    /**
     * Reminds the offices of the deadlines from today to the {@code remind-working-days}-th working day ahead; answers
     * how many reminders were sent.
     */
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        LocalDate horizon = calendar.addWorkingDays(today, properties.remindWorkingDays()).date();
        int sent = 0;
        for (WatchedItem item : items.dueForReminder(today, horizon)) {
            Optional<Address> office = office(item);
            if (office.isPresent()) {
                int left = calendar.countWorkingDays(today, item.deadline());
                notices.send(office.get(), Notice.of(NoticeType.PLAN_DEADLINE_APPROACHING,
                        "deadline:" + item.itemId() + ":" + item.deadline()).with("planTitle", item.planTitle())
                        .with("committeeName", item.committeeName()).with("deadline", item.deadline())
                        .with("workingDaysLeft", left).link("plan", item.planId()).build());
                sent++;
            }
            items.reminded(item.itemId(), item.deadline());
        }
        if (sent > 0) {
            log.info("Deadline reminders of {}: {} sent", today, sent);
        }
        return sent;
    }

    private Optional<Address> office(WatchedItem item) {
        return item.committeeId() == null ? Optional.empty()
                : committees.codeOf(item.committeeId()).map(Address::committee);
    }
}
