package org.zhicheng.education.hours;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.zhicheng.education.hours.domain.HourSource;
import org.zhicheng.education.hours.domain.HoursInput;

/**
 * Between the ledger's API records and its domain. Text coming in is trimmed and optional text left blank is absent
 * (a blank certificate number is no certificate number); required text is refused blank by Bean Validation before.
 */
@Mapper(componentModel = "spring")
interface HoursWebMapper {

    HoursInput toInput(RecordHoursRequest request);

    List<HoursInput> toInputs(List<RecordHoursRequest> requests);

    HourSource toSource(RecordHoursRequest.Source source);

    @Mapping(target = "status", expression = "java(entry.status())")
    @Mapping(target = "source", qualifiedByName = "shownSource")
    HourEntryView toView(HourEntry entry);

    List<HourEntryView> toViews(List<HourEntry> entries);

    default PersonHoursView toView(String person, List<HourEntry> entries) {
        return new PersonHoursView(person, toViews(entries), PersonHoursView.YearTotal.totals(entries));
    }

    /** Trimmed, and absent when blank. */
    default String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A source with nothing in it (a reversal names none: it counts against its original's) is shown as absent. */
    @Named("shownSource")
    default HourSource shownSource(HourSource source) {
        boolean empty = source == null || source.system() == null && source.provider() == null
                && source.course() == null && source.certificateNumber() == null;
        return empty ? null : source;
    }
}
