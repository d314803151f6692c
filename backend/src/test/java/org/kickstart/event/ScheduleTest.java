package org.kickstart.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s);
    }

    private static LocalDate day(String s) {
        return LocalDate.parse(s);
    }

    private static Schedule weekly(String rule, Schedule.Change... changes) {
        Map<LocalDate, Schedule.Change> map = new LinkedHashMap<>();
        for (Schedule.Change c : changes) {
            map.put(c.date(), c);
        }
        return new Schedule(at("2026-10-06T10:00"), at("2026-10-06T12:00"), Recurrence.parse(rule), map);
    }

    @Test
    void occurrencesKeepTheirWallClockTimesAndLengthAcrossTheClockChange() {
        // Clocks go back on Sunday 25 October 2026.
        List<Schedule.Occurrence> all = weekly("FREQ=WEEKLY;BYDAY=TU").between(day("2026-10-19"), day("2026-11-02"));
        assertEquals(2, all.size());
        assertEquals(at("2026-10-20T10:00"), all.get(0).start());
        assertEquals(at("2026-10-27T12:00"), all.get(1).end());
        assertEquals("2026-10-20T10:00+01:00", Schedule.at(all.get(0).start()).toString());
        assertEquals("2026-10-27T10:00Z", Schedule.at(all.get(1).start()).toString());
    }

    @Test
    void cancelledDatesAreMarkedAndMovedOnesAppearAtTheirNewTime() {
        Schedule s = weekly("FREQ=WEEKLY;BYDAY=TU",
                new Schedule.Change(day("2026-12-22"), true, null, null, "Christmas"),
                // The 29 December session moves to Wednesday 6 January, outside its own week.
                new Schedule.Change(day("2026-12-29"), false, at("2027-01-06T14:00"), at("2027-01-06T16:00"), "New Year"));
        List<Schedule.Occurrence> december = s.between(day("2026-12-14"), day("2027-01-01"));
        assertEquals(List.of(day("2026-12-15"), day("2026-12-22")), december.stream().map(Schedule.Occurrence::date).toList());
        assertEquals(Schedule.Status.CANCELLED, december.get(1).status());
        assertEquals("Christmas", december.get(1).note());
        List<Schedule.Occurrence> january = s.between(day("2027-01-01"), day("2027-01-08"));
        assertEquals(2, january.size());
        assertEquals(at("2027-01-05T10:00"), january.get(0).start());
        Schedule.Occurrence moved = january.get(1);
        assertEquals(Schedule.Status.MOVED, moved.status());
        assertEquals(day("2026-12-29"), moved.date());
        assertEquals(at("2027-01-06T14:00"), moved.start());
        assertEquals(at("2026-12-29T10:00"), moved.originalStart());
    }

    @Test
    void aWindowFarFromTheStartGivesTheSameDatesAsExpandingFromTheStart() {
        for (String rule : List.of("FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH", "FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR",
                "FREQ=DAILY;INTERVAL=5", "FREQ=MONTHLY", "FREQ=WEEKLY;BYDAY=TU;UNTIL=20290101")) {
            Recurrence r = Recurrence.parse(rule);
            LocalDate first = r.freq() == Recurrence.Freq.MONTHLY && !r.byDay().isEmpty() ? day("2026-10-30") : day("2026-10-06");
            List<LocalDate> all = r.dates(first, first, day("2029-06-01"));
            List<LocalDate> expected = all.stream().filter(d -> !d.isBefore(day("2028-02-10")) && d.isBefore(day("2028-05-01"))).toList();
            assertFalse(expected.isEmpty(), rule);
            assertEquals(expected, r.dates(first, day("2028-02-10"), day("2028-05-01")), rule);
        }
    }

    @Test
    void theSeriesIsBoundedByItsLastOccurrenceOrOpen() {
        Schedule counted = weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=3");
        assertEquals("2026-10-06T10:00+01:00", counted.seriesStart().toString());
        assertEquals("2026-10-20T12:00+01:00", counted.seriesEnd().toString());
        assertEquals("2027-03-30T12:00+01:00", weekly("FREQ=WEEKLY;BYDAY=TU;UNTIL=20270331").seriesEnd().toString());
        assertNull(weekly("FREQ=WEEKLY").seriesEnd());
        // A date moved later than the last occurrence stretches the series.
        Schedule moved = weekly("FREQ=WEEKLY;BYDAY=TU;COUNT=3",
                new Schedule.Change(day("2026-10-20"), false, at("2026-11-02T10:00"), at("2026-11-02T11:00"), null));
        assertEquals("2026-11-02T11:00Z", moved.seriesEnd().toString());
    }

    @Test
    void aOneOffEventHasOneOccurrence() {
        Schedule once = new Schedule(at("2026-12-05T19:00"), at("2026-12-05T23:00"), null, Map.of());
        assertTrue(once.produces(day("2026-12-05")));
        assertFalse(once.produces(day("2026-12-12")));
        assertEquals(1, once.between(day("2026-12-01"), day("2026-12-31")).size());
        assertEquals(0, once.between(day("2026-12-06"), day("2026-12-31")).size());
        assertEquals("2026-12-05T23:00Z", once.seriesEnd().toString());
    }

    @Test
    void theHourSkippedInSpringDoesNotExist() {
        assertFalse(Schedule.exists(at("2027-03-28T01:30")));
        assertTrue(Schedule.exists(at("2027-03-28T02:30")));
        // The repeated hour in autumn exists (the first of the two is meant).
        assertTrue(Schedule.exists(at("2026-10-25T01:30")));
        assertEquals("2026-10-25T01:30+01:00", Schedule.at(at("2026-10-25T01:30")).toString());
    }
}
