package org.zhicheng.education.hours;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/education")
@Tag(name = "hours", description = "Continuing-education hours ledger (继续教育学时台账)")
class HoursController {

    private final HoursService hours;
    private final HoursWebMapper mapper;

    HoursController(HoursService hours, HoursWebMapper mapper) {
        this.hours = hours;
        this.mapper = mapper;
    }

    @PostMapping("/records")
    @Operation(summary = "Record hours of a person: an employer for its own unit, the platform for anyone",
            description = "400 naming the rule and field for hours that are not positive, above the configured "
                    + "maximum or finer than tenths (hours.not-positive, hours.above-maximum, hours.precision), an "
                    + "unknown category (hours.unknown-category), a future year (hours.future-year); 409 "
                    + "hours.duplicate-certificate when an unreversed entry holds the certificate number; 403 "
                    + "hours.other-unit for an employer giving another unit. Emits HoursRecorded.")
    ResponseEntity<HourEntryView> record(@AuthenticationPrincipal ZhichengPrincipal user,
            @Valid @RequestBody RecordHoursRequest body) {
        HourEntryView created = mapper.toView(hours.record(user, mapper.toInput(body)));
        return ResponseEntity.created(URI.create("/api/v1/education/records/" + created.id())).body(created);
    }

    @PostMapping("/records/{id}/reversal")
    @Operation(summary = "Reverse an entry by a new entry of opposite hours (corrections never edit an entry)",
            description = "By the employer of the entry's unit or the platform; 409 hour-record.wrong-state for a "
                    + "reversal or an entry already reversed; 404 outside the caller's scope. Emits HoursReversed.")
    ResponseEntity<HourEntryView> reverse(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable UUID id,
            @Valid @RequestBody ReverseHoursRequest body) {
        HourEntryView reversal = mapper.toView(hours.reverse(user, id, body.reason()));
        return ResponseEntity.created(URI.create("/api/v1/education/records/" + reversal.id())).body(reversal);
    }

    @GetMapping("/people/{person}/records")
    @Operation(summary = "A person's entries and net totals per year and category",
            description = "The applicant reads their own (person claim), an employer its unit's entries, an HR "
                    + "bureau those of regions it covers, the platform all; 403 for another applicant, 404 "
                    + "person.not-found when none of the person's entries is in the caller's scope.")
    PersonHoursView ofPerson(@AuthenticationPrincipal ZhichengPrincipal user, @PathVariable String person,
            @RequestParam(required = false) Integer year) {
        return mapper.toView(person, hours.ofPerson(user, person, year));
    }
}
