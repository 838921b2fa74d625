package org.zhicheng.starter.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.Resource;

/**
 * Reads the calendar YAML ({@code zhicheng/working-days.yaml} format): under {@code years}, per year a
 * {@code source}, {@code days-off} (dates or {@code from..to} ranges, inclusive) and {@code working-weekend-days}.
 * A malformed file fails at startup with the year and value at fault, not later with a wrong deadline.
 */
public final class WorkingDayData {

    private WorkingDayData() {
    }

    public static WorkingDayCalendar load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new WorkingDayCalendar(years(document, resource.getDescription()));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the working-day calendar " + resource.getDescription(), ex);
        }
    }

    private static List<CalendarYear> years(Object document, String where) {
        if (!(document instanceof Map<?, ?> root) || !(root.get("years") instanceof Map<?, ?> years)) {
            throw new IllegalArgumentException("The working-day calendar " + where + " has no 'years' map");
        }
        List<CalendarYear> result = new ArrayList<>();
        for (Map.Entry<?, ?> entry : years.entrySet()) {
            int year = Integer.parseInt(entry.getKey().toString());
            if (!(entry.getValue() instanceof Map<?, ?> data)) {
                throw new IllegalArgumentException("Year " + year + " of " + where + " is not a map");
            }
            Object source = data.get("source");
            if (source == null || source.toString().isBlank()) {
                throw new IllegalArgumentException("Year " + year + " of " + where + " names no source notice");
            }
            result.add(new CalendarYear(year, source.toString(), days(data.get("days-off"), year, where),
                    days(data.get("working-weekend-days"), year, where)));
        }
        return result;
    }

    private static Set<LocalDate> days(Object list, int year, String where) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (list == null) {
            return days;
        }
        if (!(list instanceof List<?> items)) {
            throw new IllegalArgumentException("Year " + year + " of " + where + ": expected a list, got " + list);
        }
        for (Object item : items) {
            String text = item instanceof Date date ? date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : String.valueOf(item).strip();
            int range = text.indexOf("..");
            try {
                if (range < 0) {
                    days.add(LocalDate.parse(text));
                }
                else {
                    LocalDate from = LocalDate.parse(text.substring(0, range).strip());
                    LocalDate to = LocalDate.parse(text.substring(range + 2).strip());
                    if (to.isBefore(from)) {
                        throw new IllegalArgumentException("range ends before it starts");
                    }
                    from.datesUntil(to.plusDays(1)).forEach(days::add);
                }
            }
            catch (RuntimeException ex) {
                throw new IllegalArgumentException("Year " + year + " of " + where + ": cannot read '" + text + "'", ex);
            }
        }
        return days;
    }
}
