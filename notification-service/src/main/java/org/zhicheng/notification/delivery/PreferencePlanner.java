package org.zhicheng.notification.delivery;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhicheng.notification.inbox.DeliveryPlanner;
import org.zhicheng.notification.inbox.InboxItem;
import org.zhicheng.notification.inbox.Notice;

/**
 * Plans a new inbox item's deliveries from its inbox's preferences (or the defaults: e-mail on, SMS for urgent
 * notices): an e-mail when e-mail is on, the mail server configured and an address known (the holder's own, else the
 * producer's hint), an SMS when the notice qualifies and a mobile number is known. Written in the caller's
 * transaction; the worker sends them.
 */
@Component
class PreferencePlanner implements DeliveryPlanner {

    private final ContactPreferenceRepository preferences;
    private final DeliveryRepository deliveries;
    private final Channels channels;

    PreferencePlanner(ContactPreferenceRepository preferences, DeliveryRepository deliveries, Channels channels) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.channels = channels;
    }

    @Override
    public void plan(InboxItem item, Notice.ContactHint hint, Instant now) {
        ContactPreference preference = preferences.find(item.address())
                .orElseGet(() -> ContactPreference.defaults(item.address()));
        String email = preference.email() != null ? preference.email() : hint == null ? null : hint.email();
        String mobile = preference.mobile() != null ? preference.mobile() : hint == null ? null : hint.mobile();
        if (preference.emailMode() == EmailMode.ON && present(email) && channels.mailConfigured()) {
            deliveries.insert(item.id(), Channel.EMAIL, email.strip(), preference.language(), now);
        }
        if (preference.smsFor(item.type().urgent()) && present(mobile) && isMobile(mobile)) {
            deliveries.insert(item.id(), Channel.SMS, mobile.strip(), preference.language(), now);
        }
    }

    /** Only a mainland mobile number takes an SMS (an expert's profile may give an office landline). */
    static boolean isMobile(String number) {
        return number.strip().replaceAll("[ -]", "").matches("(\\+?86)?1[3-9]\\d{9}");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
