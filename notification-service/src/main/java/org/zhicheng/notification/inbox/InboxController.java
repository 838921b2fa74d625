package org.zhicheng.notification.inbox;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.notification.inbox.InboxService.Listing;
import org.zhicheng.notification.inbox.InboxViews.InboxItemView;
import org.zhicheng.notification.inbox.InboxViews.InboxPageView;
import org.zhicheng.notification.inbox.InboxViews.MarkedView;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;
import org.zhicheng.starter.web.PageView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "The caller's notices (站内消息): a person's, their unit desk's, their committee "
        + "offices', their HR bureau's")
class InboxController {

    private static final int MAX_PAGE_SIZE = 100;

    private final InboxService inbox;
    private final NoticeTexts texts;

    InboxController(InboxService inbox, NoticeTexts texts) {
        this.inbox = inbox;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "The caller's notices, newest first: every inbox the token holds, or one (address)",
            description = "A person reads PERSON:<person>, an employer or department UNIT:<unit>, an office "
                    + "COMMITTEE:<code> for each of its committees, an HR bureau HR_BUREAU:<region>. unread=true for "
                    + "unread ones only. 403 inbox.no-inbox (platform, admin, service accounts), inbox.not-yours for "
                    + "an address the token does not hold; 400 inbox.address-invalid, paging.invalid.")
    InboxPageView list(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String address, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
        PageView.requireValid(page, size, MAX_PAGE_SIZE);
        Address only = parse(address);
        Listing listing = inbox.list(user, only, unread, page, size);
        List<InboxItemView> views = listing.items().stream().map(item -> view(item, locale)).toList();
        PageView<InboxItemView> paged = PageView.of(views, page, size, listing.total());
        return new InboxPageView(paged.content(), paged.page(), paged.size(), paged.totalElements(),
                paged.totalPages(), listing.unread(), inbox.addresses(user, only).stream().map(Address::toString)
                        .toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's notices",
            description = "404 inbox-item.not-found for a notice in an inbox the caller does not hold; 403 "
                    + "inbox.no-inbox.")
    InboxItemView get(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id, Locale locale) {
        return view(inbox.require(id, user), locale);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read (for everyone holding the same desk)",
            description = "404 inbox-item.not-found; 403 inbox.no-inbox.")
    InboxItemView read(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id, Locale locale) {
        return view(inbox.markRead(id, true, user), locale);
    }

    @PostMapping("/{id}/unread")
    @Operation(summary = "Mark one of the caller's notices unread again",
            description = "404 inbox-item.not-found; 403 inbox.no-inbox.")
    InboxItemView unread(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id, Locale locale) {
        return view(inbox.markRead(id, false, user), locale);
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark all the caller's notices read (or those of one inbox, address)",
            description = "403 inbox.no-inbox / inbox.not-yours; 400 inbox.address-invalid.")
    MarkedView readAll(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String address) {
        return new MarkedView(inbox.markAllRead(user, parse(address)));
    }

    private InboxItemView view(InboxItem item, Locale locale) {
        NoticeTexts.Text text = texts.render(item.type(), item.values(), NoticeTexts.languageFor(locale));
        return new InboxItemView(item.id(), item.address().toString(), item.type(), text.title(), text.body(),
                item.linkType(), item.linkId(), item.values(), item.readAt() != null, item.createdAt(),
                item.readAt());
    }

    /** {@code KIND:id}, or null when none is given; 400 {@code inbox.address-invalid}. */
    static Address parse(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        Address parsed = Address.parse(address.strip());
        if (parsed == null) {
            throw Problems.badRequest("inbox.address-invalid", address);
        }
        return parsed;
    }
}
