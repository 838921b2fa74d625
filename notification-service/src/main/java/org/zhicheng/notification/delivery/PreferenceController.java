package org.zhicheng.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.notification.delivery.DeliveryRepository.Delivery;
import org.zhicheng.notification.inbox.Address;
import org.zhicheng.notification.inbox.InboxService;
import org.zhicheng.notification.inbox.NoticeTexts;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/inbox")
@Tag(name = "inbox", description = "The caller's notices (站内消息): a person's, their unit desk's, their committee "
        + "offices', their HR bureau's")
class PreferenceController {

    private final ContactPreferenceRepository preferences;
    private final DeliveryRepository deliveries;
    private final InboxService inbox;
    private final Clock clock;

    PreferenceController(ContactPreferenceRepository preferences, DeliveryRepository deliveries, InboxService inbox,
            Clock clock) {
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Schema(description = "How an inbox's notices also go out. email/mobile null: the contact the platform knows "
            + "(an expert's profile); emailMode ON/OFF; smsMode ALL, URGENT (default: urgent notices only) or OFF; "
            + "language zh-CN or en.")
    record PreferenceView(String address, String email, String mobile, EmailMode emailMode, SmsMode smsMode,
            String language, String updatedBy, Instant updatedAt) {
    }

    record PreferenceRequest(
            @Email @Size(max = 200) String email,
            @Schema(description = "a mainland mobile number", example = "13800138000")
            @Pattern(regexp = "(\\+?86)?1[3-9]\\d{9}") String mobile,
            @NotNull EmailMode emailMode,
            @NotNull SmsMode smsMode,
            @Schema(example = "zh-CN") @Pattern(regexp = "zh-CN|en") String language) {
    }

    @Schema(description = "One channel's delivery of a notice: PENDING, SENT, FAILED (tried again at nextAttemptAt) "
            + "or GAVE_UP; the recipient masked")
    record DeliveryView(Channel channel, String recipient, DeliveryStatus status, int attempts, Instant nextAttemptAt,
            String lastError, Instant sentAt) {
    }

    @GetMapping("/preferences")
    @Operation(summary = "How one of the caller's inboxes is reached (address; default the first the token holds)",
            description = "403 inbox.no-inbox / inbox.not-yours; 400 inbox.address-invalid.")
    PreferenceView get(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String address) {
        Address target = target(user, address);
        return view(preferences.find(target).orElseGet(() -> ContactPreference.defaults(target)));
    }

    @PutMapping("/preferences")
    @Operation(summary = "Set how one of the caller's inboxes is reached: e-mail and mobile, channels, language",
            description = "A desk's settings are shared by everyone holding the desk. 400 validation.failed; 403 "
                    + "inbox.no-inbox / inbox.not-yours.")
    @Transactional
    PreferenceView put(@AuthenticationPrincipal ZhichengPrincipal user,
            @RequestParam(required = false) String address, @Valid @RequestBody PreferenceRequest body) {
        Address target = target(user, address);
        ContactPreference preference = new ContactPreference(target, blankToNull(body.email()),
                blankToNull(body.mobile()), body.emailMode(), body.smsMode(),
                body.language() == null ? NoticeTexts.CHINESE : body.language(), user.actor(), clock.instant());
        preferences.save(preference);
        return view(preference);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "How one of the caller's notices went out: e-mail and SMS, sent, failed or given up",
            description = "404 inbox-item.not-found; 403 inbox.no-inbox.")
    List<DeliveryView> deliveries(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id) {
        inbox.require(id, user);
        return deliveries.ofItem(id).stream().map(PreferenceController::view).toList();
    }

    private Address target(ZhichengPrincipal user, String address) {
        if (address == null || address.isBlank()) {
            return inbox.addresses(user, null).getFirst();
        }
        Address parsed = Address.parse(address.strip());
        if (parsed == null) {
            throw Problems.badRequest("inbox.address-invalid", address);
        }
        return inbox.addresses(user, parsed).getFirst();
    }

    private static PreferenceView view(ContactPreference p) {
        return new PreferenceView(p.address().toString(), p.email(), p.mobile(), p.emailMode(), p.smsMode(),
                p.language(), p.updatedBy(), p.updatedAt());
    }

    private static DeliveryView view(Delivery d) {
        return new DeliveryView(d.channel(), masked(d.channel(), d.recipient()), d.status(), d.attempts(),
                d.status() == DeliveryStatus.SENT || d.status() == DeliveryStatus.GAVE_UP ? null : d.nextAttemptAt(),
                d.lastError(), d.sentAt());
    }

    private static String masked(Channel channel, String recipient) {
        if (channel == Channel.SMS) {
            return LoggingSmsGateway.masked(recipient);
        }
        int at = recipient.indexOf('@');
        return at <= 1 ? "***" + recipient.substring(Math.max(at, 0)) : recipient.charAt(0) + "***"
                + recipient.substring(at);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
