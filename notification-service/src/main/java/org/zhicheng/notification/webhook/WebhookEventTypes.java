package org.zhicheng.notification.webhook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The events a client may subscribe to: what is public anyway (plans, committees, the drawn panel's public record,
 * publicities, results and certificates), never what names people privately (hours, disciplines, objections).
 */
final class WebhookEventTypes {

    /** Each type with the topic it comes from, in the order they are listed. */
    private static final Map<String, String> CATALOG;

    static {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("PlanPublished", "zhicheng.plan.events");
        types.put("PlanDeadlineChanged", "zhicheng.plan.events");
        types.put("PlanClosed", "zhicheng.plan.events");
        types.put("CommitteeRegistered", "zhicheng.committee.events");
        types.put("CommitteeSuspended", "zhicheng.committee.events");
        types.put("CommitteeReinstated", "zhicheng.committee.events");
        types.put("PanelDrawn", "zhicheng.committee.events");
        types.put("PublicityStarted", "zhicheng.notification.events");
        types.put("PublicityClosed", "zhicheng.notification.events");
        types.put("ResultPublished", "zhicheng.application.events");
        types.put("CertificateIssued", "zhicheng.application.events");
        CATALOG = Collections.unmodifiableMap(types);
    }

    private WebhookEventTypes() {
    }

    static boolean subscribable(String type) {
        return CATALOG.containsKey(type);
    }

    static Set<String> all() {
        return CATALOG.keySet();
    }

    static String topicOf(String type) {
        return CATALOG.get(type);
    }
}
