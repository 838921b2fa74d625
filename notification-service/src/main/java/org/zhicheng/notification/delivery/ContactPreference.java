package org.zhicheng.notification.delivery;

import java.time.Instant;

import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.NoticeTexts;

/**
 * How an inbox's holder wants to be reached: their e-mail address and mobile number (null: use what the notice's
 * producer knows, e.g. an expert's profile), the channels, and the language notices are written in.
 */
public record ContactPreference(Address address, String email, String mobile, EmailMode emailMode, SmsMode smsMode,
        String language, String updatedBy, Instant updatedAt) {

    /** What applies to an inbox nobody has set preferences for: e-mail on, SMS for urgent notices, zh-CN. */
    public static ContactPreference defaults(Address address) {
        return new ContactPreference(address, null, null, EmailMode.ON, SmsMode.URGENT, NoticeTexts.CHINESE, null,
                null);
    }

    /** Whether a notice goes by SMS under these preferences. */
    boolean smsFor(boolean urgent) {
        return smsMode == SmsMode.ALL || smsMode == SmsMode.URGENT && urgent;
    }
}
