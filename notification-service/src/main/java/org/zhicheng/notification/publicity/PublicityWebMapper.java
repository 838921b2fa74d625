package org.zhicheng.notification.publicity;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.notification.publicity.PublicityRepository.HistoryRow;
import org.zhicheng.notification.publicity.PublicityRepository.Summary;
import org.zhicheng.notification.publicity.PublicityRequests.ContactRequest;
import org.zhicheng.notification.publicity.PublicityRequests.EntryRequest;
import org.zhicheng.notification.publicity.PublicityService.EntryInput;
import org.zhicheng.notification.publicity.PublicityViews.ContactView;
import org.zhicheng.notification.publicity.PublicityViews.EntryView;
import org.zhicheng.notification.publicity.PublicityViews.HistoryView;
import org.zhicheng.notification.publicity.PublicityViews.ObjectionsView;
import org.zhicheng.notification.publicity.PublicityViews.PeriodView;
import org.zhicheng.notification.publicity.PublicityViews.PublicitySummaryView;
import org.zhicheng.notification.publicity.PublicityViews.PublicityView;
import org.zhicheng.notification.publicity.domain.ObjectionTally;
import org.zhicheng.notification.publicity.domain.PublicityContact;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityPeriod;
import org.zhicheng.notification.publicity.domain.PublicitySnapshot;
import org.zhicheng.notification.publicity.domain.PublicityStatus;

/** Between the API records and the publicity domain. */
@Mapper(componentModel = "spring")
interface PublicityWebMapper {

    EntryInput toInput(EntryRequest request);

    List<EntryInput> toInputs(List<EntryRequest> requests);

    PublicityContact toContact(ContactRequest request);

    ContactView toView(PublicityContact contact);

    @Mapping(target = "calendarSources", source = "sources")
    PeriodView toView(PublicityPeriod period);

    @Mapping(target = "open", source = "open")
    ObjectionsView toView(ObjectionTally tally);

    HistoryView toView(HistoryRow row);

    List<HistoryView> toHistoryViews(List<HistoryRow> rows);

    @Mapping(target = "kindLabel", expression = "java(summary.kind().label())")
    @Mapping(target = "heldByObjections", expression = "java(summary.status() == PublicityStatus.HELD)")
    PublicitySummaryView toView(Summary summary);

    /**
     * By hand: what a reader sees depends on who they are (the staff side shows the entries' applications and
     * persons, and the objections' counts).
     *
     * @param tally the objections, for staff; null for the public
     */
    default PublicityView toView(PublicitySnapshot s, ObjectionTally tally) {
        boolean staff = tally != null;
        List<EntryView> entries = s.entries().stream().map(e -> toView(e, staff)).toList();
        return new PublicityView(s.id(), s.kind(), s.kind().label(), s.subject().type(),
                staff ? s.subject().id() : null, s.region(),
                s.committee(), s.unit(), s.publisher(), s.title(), s.body(),
                s.contact() == null || s.contact().isEmpty() ? null : toView(s.contact()), toView(s.period()),
                s.status(), s.status() == PublicityStatus.HELD, s.outcome(), s.closedAt(), s.openedAt(), entries,
                staff ? toView(tally) : null, s.version());
    }

    default EntryView toView(PublicityEntry e, boolean staff) {
        return new EntryView(e.id(), e.name(), e.unit(), e.title(), e.specialty(), e.representativeAchievements(),
                e.remark(), staff ? e.applicationId() : null, staff ? e.person() : null);
    }
}
