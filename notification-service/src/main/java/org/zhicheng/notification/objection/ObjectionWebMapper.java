package org.zhicheng.notification.objection;

import java.util.List;

import org.mapstruct.Mapper;
import org.zhicheng.notification.objection.ObjectionAccess.Audience;
import org.zhicheng.notification.objection.ObjectionRepository.AttachmentInfo;
import org.zhicheng.notification.objection.ObjectionRepository.HistoryRow;
import org.zhicheng.notification.objection.ObjectionViews.AnswerView;
import org.zhicheng.notification.objection.ObjectionViews.AttachmentView;
import org.zhicheng.notification.objection.ObjectionViews.HistoryView;
import org.zhicheng.notification.objection.ObjectionViews.NoteView;
import org.zhicheng.notification.objection.ObjectionViews.ObjectionSummaryView;
import org.zhicheng.notification.objection.ObjectionViews.ObjectionView;
import org.zhicheng.notification.objection.ObjectionViews.RaiserView;
import org.zhicheng.notification.objection.domain.Answer;
import org.zhicheng.notification.objection.domain.Assignee;
import org.zhicheng.notification.objection.domain.InvestigationNote;
import org.zhicheng.notification.objection.domain.ObjectionSnapshot;

/** Between the API records and the objection domain. */
@Mapper(componentModel = "spring")
interface ObjectionWebMapper {

    AttachmentView toView(AttachmentInfo attachment);

    List<AttachmentView> toAttachmentViews(List<AttachmentInfo> attachments);

    NoteView toView(InvestigationNote note);

    List<NoteView> toNoteViews(List<InvestigationNote> notes);

    HistoryView toView(HistoryRow row);

    List<HistoryView> toHistoryViews(List<HistoryRow> rows);

    default AnswerView toView(Answer answer) {
        return answer == null ? null : new AnswerView(answer.outcome(), answer.text(), answer.answeredAt());
    }

    /** By hand: what a reader sees depends on who they are (the raiser neither the notes nor the contact). */
    default ObjectionView toView(ObjectionSnapshot s, Audience audience, List<AttachmentInfo> attachments) {
        boolean staff = audience.staff();
        RaiserView raiser = staff ? new RaiserView(s.raiser().anonymous(), s.raiser().name(), s.raiser().contact(),
                s.raiser().signedBy()) : null;
        return new ObjectionView(s.trackingNumber(), s.publicityId(), s.publicityKind(), s.entryId(), s.kind(),
                s.text(), s.status(), s.raisedAt(), toView(s.answer()), toAttachmentViews(attachments), raiser,
                staff ? desk(s.assignedTo()) : null, staff ? toNoteViews(s.notes()) : null,
                staff ? s.applicationId() : null, s.version());
    }

    default ObjectionSummaryView toSummary(ObjectionSnapshot s) {
        return new ObjectionSummaryView(s.trackingNumber(), s.publicityId(), s.publicityKind(), s.entryId(), s.kind(),
                s.status(), s.raisedAt(), s.answer() == null ? null : s.answer().outcome(), desk(s.assignedTo()),
                s.raiser().anonymous());
    }

    private static String desk(Assignee assignee) {
        return assignee.kind() + ":" + assignee.id();
    }
}
