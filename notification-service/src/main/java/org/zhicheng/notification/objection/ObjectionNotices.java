package org.zhicheng.notification.objection;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.Notice;
import org.zhicheng.notification.inbox.NoticeType;
import org.zhicheng.notification.inbox.Notices;
import org.zhicheng.notification.objection.domain.Assignee;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.objection.domain.ObjectionKind;
import org.zhicheng.notification.objection.domain.ObjectionTransition;
import org.zhicheng.notification.publicity.domain.Publicity;

/**
 * Who is told of an objection: the desk it is assigned to when it is raised (and, for a complaint, the HR bureau of
 * the publicity's region, which keeps the register of complaints, 000 三(四)); a signed-in raiser when it is answered.
 */
@Component
class ObjectionNotices {

    static final String LINK = "objection";

    private final Notices notices;

    ObjectionNotices(Notices notices) {
        this.notices = notices;
    }

    void after(Objection objection, Publicity publicity, ObjectionTransition transition) {
        switch (transition.action()) {
            case RAISE -> {
                Notice assigned = base(NoticeType.OBJECTION_ASSIGNED, objection, publicity, "raised").build();
                notices.send(desk(objection.assignedTo()), assigned);
                if (objection.kind() == ObjectionKind.COMPLAINT) {
                    notices.send(Address.hrBureau(objection.region()),
                            base(NoticeType.COMPLAINT_REGISTERED, objection, publicity, "raised").build());
                }
            }
            case ANSWER -> {
                if (objection.raiser().person() != null) {
                    notices.send(Address.person(objection.raiser().person()),
                            base(NoticeType.OBJECTION_ANSWERED, objection, publicity, "answered")
                                    .with("outcome", objection.answer().outcome()).build());
                }
            }
            case NOTE -> {
                // the investigation's steps stay with the office
            }
        }
    }

    private static Notice.Builder base(NoticeType type, Objection objection, Publicity publicity, String what) {
        return Notice.of(type, "objection:" + objection.trackingNumber() + ":" + what)
                .with("trackingNumber", objection.trackingNumber()).with("kind", objection.kind())
                .with("title", publicity.title()).link(LINK, objection.trackingNumber());
    }

    private static Address desk(Assignee assignee) {
        return assignee.kind() == Assignee.Kind.COMMITTEE ? Address.committee(assignee.id())
                : Address.unit(assignee.id());
    }
}
