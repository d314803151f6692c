package org.kickstart.event;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An event's times — the first occurrence, an optional rule, and cancelled or moved dates — and
 * the occurrences they make. Everything is wall-clock time in Europe/London; an offset is attached
 * only when a time leaves the building (JSON, iCalendar, the window bounds in SQL).
 */
public record Schedule(LocalDateTime start, LocalDateTime end, Recurrence rule, Map<LocalDate, Change> changes) {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A date of the schedule cancelled ({@code cancelled}) or moved (a new start and end). */
    public record Change(LocalDate date, boolean cancelled, LocalDateTime start, LocalDateTime end, String note) {
        public boolean moved() {
            return !cancelled;
        }
    }

    public enum Status {
        SCHEDULED, CANCELLED, MOVED
    }

    /** One occurrence: {@code date} is the date the schedule gives it, the key for attendance. */
    public record Occurrence(LocalDate date, LocalDateTime start, LocalDateTime end, Status status,
            LocalDateTime originalStart, String note) {
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** Whether the schedule (before any changes) gives an occurrence on this date. */
    public boolean produces(LocalDate date) {
        return rule == null ? date.equals(start.toLocalDate()) : rule.occursOn(start, date);
    }

    /**
     * The occurrences starting on a day in [{@code from}, {@code toExclusive}), in time order:
     * cancelled ones included (marked), moved ones at their new time.
     */
    public List<Occurrence> between(LocalDate from, LocalDate toExclusive) {
        List<LocalDate> dates = rule == null
                ? (!start.toLocalDate().isBefore(from) && start.toLocalDate().isBefore(toExclusive) ? List.of(start.toLocalDate()) : List.of())
                : rule.dates(start.toLocalDate(), from, toExclusive);
        List<Occurrence> out = new ArrayList<>(dates.size() + 2);
        for (LocalDate d : dates) {
            Change c = changes.get(d);
            if (c != null && c.moved()) {
                continue;
            }
            LocalDateTime at = d.atTime(start.toLocalTime());
            out.add(new Occurrence(d, at, at.plus(length()), c == null ? Status.SCHEDULED : Status.CANCELLED, null,
                    c == null ? null : c.note()));
        }
        boolean movedIn = false;
        for (Change c : changes.values()) {
            LocalDate day = c.moved() ? c.start().toLocalDate() : null;
            if (day != null && !day.isBefore(from) && day.isBefore(toExclusive)) {
                out.add(new Occurrence(c.date(), c.start(), c.end(), Status.MOVED, c.date().atTime(start.toLocalTime()), c.note()));
                movedIn = true;
            }
        }
        if (movedIn) {
            out.sort(Comparator.comparing(Occurrence::start));
        }
        return out;
    }

    /** When the first occurrence (or an earlier moved one) starts. */
    public OffsetDateTime seriesStart() {
        LocalDateTime first = start;
        for (Change c : changes.values()) {
            if (c.moved() && c.start().isBefore(first)) {
                first = c.start();
            }
        }
        return at(first);
    }

    /** When the last occurrence ends, or null when the rule repeats for ever. */
    public OffsetDateTime seriesEnd() {
        LocalDateTime last;
        if (rule == null) {
            last = end;
        } else {
            LocalDate lastDate = rule.lastDate(start.toLocalDate());
            if (lastDate == null) {
                return null;
            }
            last = lastDate.atTime(start.toLocalTime()).plus(length());
        }
        for (Change c : changes.values()) {
            if (c.moved() && c.end().isAfter(last)) {
                last = c.end();
            }
        }
        return at(last);
    }

    /** A wall-clock time in London with its offset that day (a time the clocks skip is read as after the change). */
    public static OffsetDateTime at(LocalDateTime local) {
        return ZonedDateTime.of(local, LONDON).toOffsetDateTime();
    }

    /** The instant of a wall-clock time in London as epoch seconds: {@link #at} without building a ZonedDateTime (the hot path of What's on). */
    public static long epochSecond(LocalDateTime local) {
        java.time.ZoneOffset offset = LONDON.getRules().getOffset(local);
        return LONDON.getRules().isValidOffset(local, offset) ? local.toEpochSecond(offset) : at(local).toEpochSecond();
    }

    /** Whether a wall-clock time exists in London (not in the hour skipped when the clocks go forward). */
    public static boolean exists(LocalDateTime local) {
        return LONDON.getRules().isValidOffset(local, LONDON.getRules().getOffset(local))
                && ZonedDateTime.of(local, LONDON).toLocalDateTime().equals(local);
    }
}
