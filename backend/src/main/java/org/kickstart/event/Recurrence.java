package org.kickstart.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The RFC 5545 RRULE subset events use: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (with
 * positions such as 2TU or -1FR for monthly rules), and UNTIL or COUNT. Occurrences are local
 * date-times — a 10:00 session stays at 10:00 on the wall clock across the clock changes; the
 * caller attaches the time zone.
 */
public final class Recurrence {

    public enum Freq {
        DAILY, WEEKLY, MONTHLY
    }

    /** A weekday, optionally with its position in the month (2 = second, -1 = last). */
    public record ByDay(int position, DayOfWeek day) {
    }

    /** Thrown for a rule outside the subset, naming the part. */
    public static final class RuleException extends IllegalArgumentException {
        private final String part;

        RuleException(String part, String message) {
            super(message);
            this.part = part;
        }

        public String part() {
            return part;
        }
    }

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);
    /** Stops a rule with neither COUNT nor UNTIL from running for ever. */
    private static final int MAX_STEPS = 100_000;

    private final Freq freq;
    private final int interval;
    private final List<ByDay> byDay;
    private final LocalDate until;
    private final Integer count;
    private final String text;

    private Recurrence(Freq freq, int interval, List<ByDay> byDay, LocalDate until, Integer count, String text) {
        this.freq = freq;
        this.interval = interval;
        this.byDay = byDay;
        this.until = until;
        this.count = count;
        this.text = text;
    }

    public Freq freq() {
        return freq;
    }

    public int interval() {
        return interval;
    }

    public List<ByDay> byDay() {
        return byDay;
    }

    public LocalDate until() {
        return until;
    }

    public Integer count() {
        return count;
    }

    /** The rule in its normal form, as stored and as written to iCalendar. */
    @Override
    public String toString() {
        return text;
    }

    /** Parsed rules by their text: What's on reads thousands of events sharing a handful of rules. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Recurrence> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Like {@link #parse}, remembering the result; for stored rules, which are already valid and normal. */
    public static Recurrence parseStored(String rule) {
        Recurrence r = PARSED.get(rule);
        if (r == null) {
            r = parse(rule);
            if (PARSED.size() < 10_000) {
                PARSED.put(rule, r);
            }
        }
        return r;
    }

    public static Recurrence parse(String rule) {
        if (rule == null || rule.isBlank()) {
            throw new RuleException("RRULE", "is empty");
        }
        String r = rule.strip();
        if (r.toUpperCase(Locale.ROOT).startsWith("RRULE:")) {
            r = r.substring(6);
        }
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : r.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new RuleException(part, "'" + part + "' is not NAME=VALUE");
            }
            String name = part.substring(0, eq).toUpperCase(Locale.ROOT);
            if (parts.put(name, part.substring(eq + 1).toUpperCase(Locale.ROOT)) != null) {
                throw new RuleException(name, name + " appears twice");
            }
        }
        for (String name : parts.keySet()) {
            if (!List.of("FREQ", "INTERVAL", "BYDAY", "UNTIL", "COUNT", "WKST").contains(name)) {
                throw new RuleException(name, name + " is not supported (use FREQ, INTERVAL, BYDAY, UNTIL or COUNT)");
            }
        }
        if (parts.containsKey("WKST") && !"MO".equals(parts.get("WKST"))) {
            throw new RuleException("WKST", "only WKST=MO is supported");
        }
        Freq freq;
        try {
            freq = Freq.valueOf(parts.getOrDefault("FREQ", ""));
        } catch (IllegalArgumentException e) {
            throw new RuleException("FREQ", parts.containsKey("FREQ")
                    ? "FREQ=" + parts.get("FREQ") + " is not supported (use DAILY, WEEKLY or MONTHLY)"
                    : "FREQ is required");
        }
        int interval = 1;
        if (parts.containsKey("INTERVAL")) {
            interval = positive(parts.get("INTERVAL"), "INTERVAL", 1000);
        }
        List<ByDay> byDay = new ArrayList<>();
        if (parts.containsKey("BYDAY")) {
            for (String d : parts.get("BYDAY").split(",")) {
                byDay.add(byDay(d, freq));
            }
        }
        if (parts.containsKey("UNTIL") && parts.containsKey("COUNT")) {
            throw new RuleException("COUNT", "UNTIL and COUNT cannot both be given");
        }
        LocalDate until = null;
        if (parts.containsKey("UNTIL")) {
            String u = parts.get("UNTIL");
            try {
                until = LocalDate.parse(u.substring(0, Math.min(8, u.length())), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new RuleException("UNTIL", "UNTIL must be a date such as 20270331");
            }
        }
        Integer count = parts.containsKey("COUNT") ? positive(parts.get("COUNT"), "COUNT", 10_000) : null;
        StringBuilder text = new StringBuilder("FREQ=").append(freq);
        if (interval != 1) {
            text.append(";INTERVAL=").append(interval);
        }
        if (!byDay.isEmpty()) {
            text.append(";BYDAY=").append(String.join(",", byDay.stream().map(Recurrence::format).toList()));
        }
        if (until != null) {
            text.append(";UNTIL=").append(until.format(DateTimeFormatter.BASIC_ISO_DATE));
        }
        if (count != null) {
            text.append(";COUNT=").append(count);
        }
        return new Recurrence(freq, interval, List.copyOf(byDay), until, count, text.toString());
    }

    /**
     * Every occurrence start from {@code start} (the first occurrence), stopping at UNTIL, COUNT,
     * or the first start at or after {@code end}.
     */
    public List<LocalDateTime> expand(LocalDateTime start, LocalDateTime end) {
        List<LocalDateTime> out = new ArrayList<>();
        for (LocalDate d : dates(start.toLocalDate(), start.toLocalDate(), end.toLocalDate().plusDays(1))) {
            LocalDateTime at = d.atTime(start.toLocalTime());
            if (at.isBefore(end)) {
                out.add(at);
            }
        }
        return out;
    }

    /**
     * The dates the rule produces from {@code first} (the first occurrence's date) that fall in
     * [{@code from}, {@code toExclusive}). Without COUNT it jumps straight to the window, so a
     * weekly rule begun years ago costs no more than a new one.
     */
    public List<LocalDate> dates(LocalDate first, LocalDate from, LocalDate toExclusive) {
        List<LocalDate> out = new ArrayList<>();
        int produced = 0;
        LocalDate period = periodStart(first);
        if (count == null && from.isAfter(first)) {
            period = fastForward(period, periodStart(from));
        }
        for (int steps = 0; steps < MAX_STEPS; steps++) {
            for (LocalDate d : datesIn(period, first)) {
                if (d.isBefore(first)) {
                    continue;
                }
                if (until != null && d.isAfter(until) || count != null && produced >= count || !d.isBefore(toExclusive)) {
                    return out;
                }
                produced++;
                if (!d.isBefore(from)) {
                    out.add(d);
                }
            }
            period = next(period);
        }
        return out;
    }

    /** The last date the rule produces, or null when it repeats for ever. */
    public LocalDate lastDate(LocalDate first) {
        if (until == null && count == null) {
            return null;
        }
        LocalDate limit = until != null ? until.plusDays(1) : LocalDate.MAX;
        List<LocalDate> all = dates(first, first, limit);
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** Whether the rule produces an occurrence on this date (for attendance and exceptions). */
    public boolean occursOn(LocalDateTime start, LocalDate date) {
        return !date.isBefore(start.toLocalDate()) && !dates(start.toLocalDate(), date, date.plusDays(1)).isEmpty();
    }

    /** The latest period on the rule's INTERVAL grid that starts no later than {@code target}. */
    private LocalDate fastForward(LocalDate period, LocalDate target) {
        long units = switch (freq) {
            case DAILY -> java.time.temporal.ChronoUnit.DAYS.between(period, target);
            case WEEKLY -> java.time.temporal.ChronoUnit.WEEKS.between(period, target);
            case MONTHLY -> java.time.temporal.ChronoUnit.MONTHS.between(period, target);
        };
        long steps = units / interval * interval;
        return switch (freq) {
            case DAILY -> period.plusDays(steps);
            case WEEKLY -> period.plusWeeks(steps);
            case MONTHLY -> period.plusMonths(steps);
        };
    }

    private LocalDate periodStart(LocalDate first) {
        return switch (freq) {
            case DAILY -> first;
            case WEEKLY -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> first.withDayOfMonth(1);
        };
    }

    private LocalDate next(LocalDate period) {
        return switch (freq) {
            case DAILY -> period.plusDays(interval);
            case WEEKLY -> period.plusWeeks(interval);
            case MONTHLY -> period.plusMonths(interval);
        };
    }

    /** The candidate dates of one period, in order. */
    private List<LocalDate> datesIn(LocalDate period, LocalDate first) {
        List<LocalDate> dates = new ArrayList<>();
        switch (freq) {
            case DAILY -> {
                if (byDay.isEmpty() || byDay.stream().anyMatch(b -> b.day() == period.getDayOfWeek())) {
                    dates.add(period);
                }
            }
            case WEEKLY -> {
                if (byDay.isEmpty()) {
                    dates.add(period.with(TemporalAdjusters.nextOrSame(first.getDayOfWeek())));
                } else {
                    for (DayOfWeek day : DayOfWeek.values()) {
                        if (byDay.stream().anyMatch(b -> b.day() == day)) {
                            dates.add(period.with(TemporalAdjusters.nextOrSame(day)));
                        }
                    }
                }
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(period);
                if (byDay.isEmpty()) {
                    // The same day of the month as the first; months without it are skipped (RFC 5545).
                    if (first.getDayOfMonth() <= month.lengthOfMonth()) {
                        dates.add(month.atDay(first.getDayOfMonth()));
                    }
                } else {
                    for (ByDay b : byDay) {
                        if (b.position() == 0) {
                            for (LocalDate d = period.with(TemporalAdjusters.firstInMonth(b.day())); d.getMonth() == period
                                    .getMonth(); d = d.plusWeeks(1)) {
                                dates.add(d);
                            }
                        } else {
                            LocalDate d = period.with(TemporalAdjusters.dayOfWeekInMonth(b.position(), b.day()));
                            if (d.getMonth() == period.getMonth()) {
                                dates.add(d);
                            }
                        }
                    }
                    dates.sort(null);
                    dates = dates.stream().distinct().toList();
                }
            }
        }
        return dates;
    }

    private static ByDay byDay(String d, Freq freq) {
        String s = d.strip();
        if (s.length() < 2 || !DAYS.containsKey(s.substring(s.length() - 2))) {
            throw new RuleException("BYDAY", "BYDAY value '" + d + "' is not a weekday such as TU or 2TU");
        }
        int position = 0;
        String pos = s.substring(0, s.length() - 2);
        if (!pos.isEmpty()) {
            if (freq != Freq.MONTHLY) {
                throw new RuleException("BYDAY", "positions such as 2TU need FREQ=MONTHLY");
            }
            try {
                position = Integer.parseInt(pos.startsWith("+") ? pos.substring(1) : pos);
            } catch (NumberFormatException e) {
                throw new RuleException("BYDAY", "BYDAY value '" + d + "' has a bad position");
            }
            if (position == 0 || position < -5 || position > 5) {
                throw new RuleException("BYDAY", "a BYDAY position must be 1 to 5 or -1 to -5");
            }
        }
        return new ByDay(position, DAYS.get(s.substring(s.length() - 2)));
    }

    private static String format(ByDay b) {
        String day = DAYS.entrySet().stream().filter(e -> e.getValue() == b.day()).findFirst().orElseThrow().getKey();
        return (b.position() == 0 ? "" : Integer.toString(b.position())) + day;
    }

    private static int positive(String value, String part, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RuleException(part, part + " must be a whole number from 1 to " + max);
    }


}
