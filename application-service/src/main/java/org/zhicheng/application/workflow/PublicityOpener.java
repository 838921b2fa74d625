package org.zhicheng.application.workflow;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.application.application.Application;
import org.zhicheng.application.application.SubmissionRepository;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.starter.feign.RemoteCalls;

/**
 * Opens the workflow's publicities in notification-service: the unit publicity of one application (subject
 * APPLICATION, {@code <id>} then {@code <id>/2} … for later rounds), the office's pre-evaluation publicity of a list
 * (APPLICATION_LIST) and its result publicity of a meeting (MEETING_RESULTS). Each entry shows what the notices
 * publicise — name, unit, title applied for, specialty, representative achievements — and never the applicant's
 * contact data. A call that fails leaves nothing changed here (503).
 */
@Component
class PublicityOpener {

    private final NotificationClient notification;
    private final SubmissionRepository submissions;

    PublicityOpener(NotificationClient notification, SubmissionRepository submissions) {
        this.notification = notification;
        this.submissions = submissions;
    }

    NotificationClient.Opened unit(Application a, int round, Integer workingDays, String text, String onBehalfOf) {
        String subject = round <= 1 ? a.id().toString() : a.id() + "/" + round;
        String unitName = a.fixed().unitName() == null ? a.unit() : a.fixed().unitName();
        String title = "关于" + a.fixed().applicantName() + "同志申报" + a.fixed().titleName() + "任职资格的公示";
        String body = text != null && !text.isBlank() ? text
                : "经本单位审核，" + a.fixed().applicantName() + "同志申报" + a.fixed().titleName()
                        + "任职资格，现将其申报材料有关情况予以公示。公示期间如有异议，请通过职称评审平台或向本单位人事部门反映。";
        return RemoteCalls.call("notification", () -> notification.open(new NotificationClient.Open("UNIT",
                new NotificationClient.Subject("APPLICATION", subject), null, a.unit(), a.fixed().region(),
                unitName, title, body, workingDays, List.of(entry(a, null)), onBehalfOf)));
    }

    NotificationClient.Opened list(String kind, String subjectType, String subjectId, String committee,
            String committeeName, List<Application> applications, Integer workingDays, String title, String text,
            String remark, String onBehalfOf) {
        String heading = title != null && !title.isBlank() ? title
                : committeeName + ("PRE_EVALUATION".equals(kind) ? "评审前公示" : "评审结果公示");
        String body = text != null && !text.isBlank() ? text
                : ("PRE_EVALUATION".equals(kind) ? "经资格审查，下列人员符合申报条件，现予以评前公示。"
                        : "经评审委员会评审，下列人员评审通过，现予以公示。") + "公示期间如有异议，请通过职称评审平台反映。";
        List<NotificationClient.Entry> entries = applications.stream().map(a -> entry(a, remark)).toList();
        return RemoteCalls.call("notification", () -> notification.open(new NotificationClient.Open(kind,
                new NotificationClient.Subject(subjectType, subjectId), committee, null, null, null, heading, body,
                workingDays, entries, onBehalfOf)));
    }

    private NotificationClient.Entry entry(Application a, String remark) {
        List<String> representative = submissions.latest(a.id()).map(s -> titles(s.snapshot())).orElse(List.of());
        return new NotificationClient.Entry(a.id(), a.person(), a.fixed().applicantName(),
                a.fixed().unitName() == null ? a.unit() : a.fixed().unitName(), a.fixed().titleName(), a.specialty(),
                representative, remark);
    }

    private static List<String> titles(ArchiveContent snapshot) {
        return snapshot.representative().stream().map(snapshot::achievement).flatMap(java.util.Optional::stream)
                .map(ArchiveContent.Achievement::title).map(t -> t.length() > 1000 ? t.substring(0, 1000) : t)
                .limit(20).toList();
    }

    static UUID listId() {
        return UUID.randomUUID();
    }
}
