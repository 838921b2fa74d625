package org.zhicheng.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts notices into inboxes, in the caller's transaction (an event consumer's inbox transaction, or a publicity's
 * or objection's change): the item once per inbox and dedupe key, and its deliveries planned with it. Nothing is
 * sent here, so a slow mail relay never holds up the caller.
 */
@Service
public class Notices {

    private final InboxRepository items;
    private final DeliveryPlanner deliveries;
    private final Clock clock;

    Notices(InboxRepository items, DeliveryPlanner deliveries, Clock clock) {
        this.items = items;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Sends the notice to one inbox; answers whether it is new there. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean send(Address to, Notice notice) {
        Instant now = clock.instant();
        InboxItem item = new InboxItem(UUID.randomUUID(), to, notice.type(), notice.values(), notice.linkType(),
                notice.linkId(), notice.sourceEventId(), now, null, null);
        if (!items.insertIfAbsent(item, notice.dedupeKey())) {
            return false;
        }
        deliveries.plan(item, notice.contactHint(), now);
        return true;
    }

    /** Sends the same notice to each inbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int sendToEach(Collection<Address> to, Notice notice) {
        int sent = 0;
        for (Address address : to) {
            if (send(address, notice)) {
                sent++;
            }
        }
        return sent;
    }
}
