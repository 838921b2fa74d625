package org.zhicheng.notification.inbox;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Reading one's inboxes and marking what was read. A caller reads only the inboxes they hold
 * ({@link Address#heldBy}): an item of another inbox is not found (404), whoever asks.
 */
@Service
public class InboxService {

    private final InboxRepository items;
    private final Clock clock;

    InboxService(InboxRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** One page of the caller's items (of one of their inboxes, if {@code only} is given), and the unread count. */
    record Listing(List<InboxItem> items, long total, long unread) {
    }

    @Transactional(readOnly = true)
    Listing list(ZhichengPrincipal user, Address only, boolean unreadOnly, int page, int size) {
        List<Address> addresses = addresses(user, only);
        return new Listing(items.page(addresses, unreadOnly, page, size), items.count(addresses, unreadOnly),
                items.count(addresses, true));
    }

    /** The caller's inboxes (403 {@code inbox.no-inbox} when they hold none, {@code inbox.not-yours} for another's). */
    public List<Address> addresses(ZhichengPrincipal user, Address only) {
        List<Address> held = Address.heldBy(user);
        if (held.isEmpty()) {
            throw Problems.forbidden("inbox.no-inbox");
        }
        if (only == null) {
            return held;
        }
        if (!held.contains(only)) {
            throw Problems.forbidden("inbox.not-yours", only.toString());
        }
        return List.of(only);
    }

    /** The caller's item; 404 {@code inbox-item.not-found} when it is not in one of their inboxes. */
    @Transactional(readOnly = true)
    public InboxItem require(UUID id, ZhichengPrincipal user) {
        List<Address> held = addresses(user, null);
        return items.find(id).filter(item -> held.contains(item.address()))
                .orElseThrow(() -> Problems.notFound("inbox-item", id));
    }

    @Transactional
    InboxItem markRead(UUID id, boolean read, ZhichengPrincipal user) {
        InboxItem item = require(id, user);
        if (read) {
            items.markRead(item.id(), user.actor(), clock.instant());
        } else {
            items.markUnread(item.id());
        }
        return items.find(id).orElseThrow();
    }

    @Transactional
    int markAllRead(ZhichengPrincipal user, Address only) {
        return items.markAllRead(addresses(user, only), user.actor(), clock.instant());
    }

    /** An item whoever holds it, for the delivery worker. */
    @Transactional(readOnly = true)
    public Optional<InboxItem> item(UUID id) {
        return items.find(id);
    }
}
