package org.zhicheng.notification.inbox;

import java.time.Instant;

/**
 * What happens to a new inbox item besides the inbox: its e-mail and SMS deliveries are planned in the same
 * transaction (implemented by the delivery feature), and sent later, never by the caller.
 */
public interface DeliveryPlanner {

    void plan(InboxItem item, Notice.ContactHint hint, Instant now);
}
