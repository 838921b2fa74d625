package org.zhicheng.plan.plan.domain.schedule;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time as a notice writes it, kept as written ({@link #text()}) and as an inclusive date range
 * ({@link #earliest()}–{@link #latest()}) to compare with; the range is absent ({@code null}) only for the kinds that
 * leave the time open ({@link TimeExpressionKind#TO_BE_FIXED_BY_PROVINCIAL_PLAN}, {@link
 * TimeExpressionKind#TO_BE_ANNOUNCED}).
 *
 * <p>Parsing first folds full-width digits, letters and punctuation to their half-width forms (NFKC) and drops every
 * space, so "１２ 月", "12月" and "12 月" mean the same; the text is kept exactly as given. A year written in the
 * text ("2024 年 8 月 23 日") wins; otherwise the plan's year is used. "Before a date" is read as "on or before",
 * the way the notices use 前 for a closing day ("9 月 30 日前" accepts material on the 30th).
 *
 * @param text     the text as written (stripped of leading and trailing spaces)
 * @param kind     which form the text has
 * @param earliest first day the time can mean, or {@code null} when the time is left open
 * @param latest   last day the time can mean, or {@code null} when the time is left open
 * @param parts    for {@link TimeExpressionKind#START_COMPLETION} the start and the completion, otherwise empty
 */
public record TimeExpression(String text, TimeExpressionKind kind, LocalDate earliest, LocalDate latest,
        List<TimeExpression> parts) {

    private static final String YEAR = "(?:(\\d{4})年)?";
    private static final String DASH = "[-~—–至到]";
    private static final Pattern START_COMPLETION = Pattern.compile("启动\\s*(.+?)\\s*[;；,，]?\\s*完成\\s*(.+)");
    private static final Pattern DAY = Pattern.compile(YEAR + "(\\d{1,2})月(\\d{1,2})[日号](前|之前|以前)?");
    private static final Pattern PART = Pattern.compile(YEAR + "(\\d{1,2})月(上旬|中旬|下旬|初|中|底|末)(前|之前|以前)?");
    private static final Pattern MONTH = Pattern.compile(YEAR + "(\\d{1,2})月份?(前|之前|以前)?");
    private static final Pattern MONTH_RANGE = Pattern.compile(
            YEAR + "(\\d{1,2})月?" + DASH + YEAR + "(\\d{1,2})月份?");
    private static final Pattern MONTH_LIST = Pattern.compile(
            "(?:\\d{1,2}月?[、,，/])+\\d{1,2}月[、,，]?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，/]");

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if ((earliest == null) != (latest == null)) {
            throw new IllegalArgumentException("a range has both ends or none");
        }
        if (earliest != null && latest.isBefore(earliest)) {
            throw new IllegalArgumentException("range ends before it starts: " + text);
        }
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /**
     * Reads one cell of a notice's table.
     *
     * @throws InvalidTimeExpression for blank text, impossible dates ("13 月", "2 月 30 日"), ranges that run
     *                               backwards, and words that are no time
     */
    public static TimeExpression parse(String text, int planYear) {
        if (text == null || text.isBlank()) {
            throw new InvalidTimeExpression(text == null ? "" : text, "no time given");
        }
        String written = text.strip();
        String compact = compact(written);
        if (compact.contains("另定") && compact.contains("省")) {
            return new TimeExpression(written, TimeExpressionKind.TO_BE_FIXED_BY_PROVINCIAL_PLAN, null, null, null);
        }
        if (compact.contains("另定") || compact.contains("另行通知") || compact.contains("待定")) {
            return new TimeExpression(written, TimeExpressionKind.TO_BE_ANNOUNCED, null, null, null);
        }
        // matched on the text as written, so the parts keep their spacing and read back equal
        Matcher m = START_COMPLETION.matcher(written);
        if (m.matches()) {
            return startCompletion(written, parse(m.group(1), planYear), parse(m.group(2), planYear));
        }
        m = DAY.matcher(compact);
        if (m.matches()) {
            LocalDate day = date(written, year(m.group(1), planYear), month(written, m.group(2)), m.group(3));
            return m.group(4) == null
                    ? new TimeExpression(written, TimeExpressionKind.DATE, day, day, null)
                    : before(written, day);
        }
        m = PART.matcher(compact);
        if (m.matches()) {
            YearMonth month = YearMonth.of(year(m.group(1), planYear), month(written, m.group(2)));
            LocalDate[] range = partOf(month, m.group(3));
            return m.group(4) == null
                    ? new TimeExpression(written, TimeExpressionKind.PART_OF_MONTH, range[0], range[1], null)
                    : before(written, range[1]);
        }
        m = MONTH.matcher(compact);
        if (m.matches()) {
            YearMonth month = YearMonth.of(year(m.group(1), planYear), month(written, m.group(2)));
            if (m.group(3) != null) {
                // "9 月前": before September begins, so the last day is the end of August
                return before(written, month.atDay(1).minusDays(1));
            }
            return new TimeExpression(written, TimeExpressionKind.MONTH, month.atDay(1), month.atEndOfMonth(), null);
        }
        m = MONTH_RANGE.matcher(compact);
        if (m.matches()) {
            int fromYear = year(m.group(1), planYear);
            YearMonth from = YearMonth.of(fromYear, month(written, m.group(2)));
            YearMonth to = YearMonth.of(year(m.group(3), fromYear), month(written, m.group(4)));
            if (to.isBefore(from)) {
                throw new InvalidTimeExpression(written, "the range ends before it starts");
            }
            return new TimeExpression(written, TimeExpressionKind.MONTH_RANGE, from.atDay(1), to.atEndOfMonth(),
                    null);
        }
        if (MONTH_LIST.matcher(compact).matches()) {
            return months(written, compact, planYear);
        }
        throw new InvalidTimeExpression(written, "not a time the notices use");
    }

    /** Like {@link #parse} but an empty cell is no time at all. */
    public static Optional<TimeExpression> parseOptional(String text, int planYear) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse(text, planYear));
    }

    /**
     * The two columns 启动时间 and 完成时间 of 001 as one time, written "启动 6 月；完成 8 月" so that it reads back
     * through {@link #parse}; a blank start leaves just the completion.
     */
    public static TimeExpression startCompletion(String startText, String completionText, int planYear) {
        if (startText == null || startText.isBlank()) {
            return parse(completionText, planYear);
        }
        String written = "启动 " + startText.strip() + "；完成 " + completionText.strip();
        return startCompletion(written, parse(startText, planYear), parse(completionText, planYear));
    }

    private static TimeExpression startCompletion(String written, TimeExpression start, TimeExpression completion) {
        if (!start.isDated() || !completion.isDated()) {
            throw new InvalidTimeExpression(written, "a start and a completion need dates");
        }
        if (completion.latest().isBefore(start.earliest())) {
            throw new InvalidTimeExpression(written, "the completion comes before the start");
        }
        return new TimeExpression(written, TimeExpressionKind.START_COMPLETION, start.earliest(), completion.latest(),
                List.of(start, completion));
    }

    /** Whether the text gives a date range (false for "to be fixed" kinds). */
    public boolean isDated() {
        return earliest != null;
    }

    /** Whether the time can reach past {@code day}; an open time never does. */
    public boolean endsAfter(LocalDate day) {
        return latest != null && latest.isAfter(day);
    }

    private static TimeExpression before(String written, LocalDate day) {
        return new TimeExpression(written, TimeExpressionKind.BEFORE_DATE, LocalDate.of(day.getYear(), 1, 1), day,
                null);
    }

    private static TimeExpression months(String written, String compact, int planYear) {
        List<YearMonth> months = new ArrayList<>();
        for (String token : LIST_SEPARATOR.split(compact)) {
            if (!token.isEmpty()) {
                YearMonth month = YearMonth.of(planYear, month(written, token.replace("月", "")));
                if (!months.isEmpty() && !month.isAfter(months.getLast())) {
                    throw new InvalidTimeExpression(written, "the months are not in order");
                }
                months.add(month);
            }
        }
        return new TimeExpression(written, TimeExpressionKind.MONTHS, months.getFirst().atDay(1),
                months.getLast().atEndOfMonth(), null);
    }

    /** The months a list names, e.g. the quarterly batches; empty for other kinds. */
    public List<Integer> listedMonths() {
        if (kind != TimeExpressionKind.MONTHS) {
            return List.of();
        }
        List<Integer> result = new ArrayList<>();
        for (String token : LIST_SEPARATOR.split(compact(text))) {
            if (!token.isEmpty()) {
                result.add(Integer.parseInt(token.replace("月", "")));
            }
        }
        return List.copyOf(result);
    }

    private static LocalDate[] partOf(YearMonth month, String part) {
        return switch (part) {
            case "上旬", "初" -> new LocalDate[] {month.atDay(1), month.atDay(10)};
            case "中旬", "中" -> new LocalDate[] {month.atDay(11), month.atDay(20)};
            default -> new LocalDate[] {month.atDay(21), month.atEndOfMonth()};
        };
    }

    private static int year(String written, int fallback) {
        return written == null ? fallback : Integer.parseInt(written);
    }

    private static int month(String written, String digits) {
        int month = Integer.parseInt(digits);
        if (month < 1 || month > 12) {
            throw new InvalidTimeExpression(written, "month " + month + " does not exist");
        }
        return month;
    }

    private static LocalDate date(String written, int year, int month, String day) {
        try {
            return LocalDate.of(year, month, Integer.parseInt(day));
        } catch (DateTimeException impossible) {
            throw new InvalidTimeExpression(written, "day " + day + " of month " + month + " does not exist in "
                    + year);
        }
    }

    /** Half-width forms, no spaces at all (the tables break cells across lines and pad digits with spaces). */
    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
