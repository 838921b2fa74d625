package org.zhicheng.notification.publicity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityTransition;

/**
 * Who is told of a publicity's changes: the persons it shows when it starts and closes, the opener's desk (the unit,
 * or the committee's office) when it is held past its end by open objections and when it closes.
 */
@Component
class PublicityNotices {

    static final String LINK = "publicity";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Notices notices;

    PublicityNotices(Notices notices) {
        this.notices = notices;
    }

    void after(Publicity publicity, PublicityTransition transition) {
        switch (transition.action()) {
            case OPEN -> notices.sendToEach(persons(publicity), base(NoticeType.PUBLICITY_STARTED, publicity, "started")
                    .with("startsOn", publicity.period().startsOn()).with("endsOn", publicity.period().endsOn())
                    .build());
            case HOLD -> notices.send(openerDesk(publicity), base(NoticeType.PUBLICITY_HELD, publicity, "held")
                    .with("endsOn", publicity.period().endsOn()).build());
            case CLOSE -> {
                Notice closed = base(NoticeType.PUBLICITY_CLOSED, publicity, "closed")
                        .with("outcome", publicity.outcome())
                        .with("closedOn", LocalDate.ofInstant(transition.at(), SHANGHAI)).build();
                Set<Address> told = new LinkedHashSet<>(persons(publicity));
                told.add(openerDesk(publicity));
                notices.sendToEach(told, closed);
            }
            case RESCHEDULE -> notices.send(openerDesk(publicity), base(NoticeType.PUBLICITY_RESCHEDULED, publicity,
                    "rescheduled-" + publicity.period().endsOn()).with("endsOn", publicity.period().endsOn())
                    .build());
        }
    }

    private static Notice.Builder base(NoticeType type, Publicity publicity, String what) {
        return Notice.of(type, "publicity:" + publicity.id() + ":" + what)
                .with("title", publicity.title()).with("kind", publicity.kind())
                .link(LINK, publicity.id());
    }

    static Address openerDesk(Publicity publicity) {
        return publicity.kind().byCommitteeOffice() ? Address.committee(publicity.committee())
                : Address.unit(publicity.unit());
    }

    private static Set<Address> persons(Publicity publicity) {
        Set<Address> persons = new LinkedHashSet<>();
        publicity.entries().stream().map(PublicityEntry::person).filter(Objects::nonNull).map(Address::person)
                .forEach(persons::add);
        return persons;
    }
}
