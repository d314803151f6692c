package org.kickstart.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s);
    }

    private static List<LocalDateTime> expand(String rule, String start, String end) {
        return Recurrence.parse(rule).expand(at(start), at(end));
    }

    @Test
    void weeklyOnTuesdaysStaysAtTenAcrossTheClockChanges() {
        // 2026: clocks go back on 25 October; 2027: forward on 28 March.
        List<LocalDateTime> all = expand("FREQ=WEEKLY;BYDAY=TU", "2026-10-13T10:00", "2027-04-07T00:00");
        assertEquals(at("2026-10-13T10:00"), all.get(0));
        assertEquals(at("2027-04-06T10:00"), all.get(all.size() - 1));
        assertEquals(26, all.size());
        assertTrue(all.stream().allMatch(t -> t.getHour() == 10 && t.getMinute() == 0));
        // The wall clock is the same; the instant moves by the offset.
        ZonedDateTime summer = all.get(0).atZone(LONDON);
        ZonedDateTime winter = all.get(3).atZone(LONDON);
        assertEquals("+01:00", summer.getOffset().toString());
        assertEquals("Z", winter.getOffset().toString());
        assertEquals(9, summer.withZoneSameInstant(ZoneId.of("UTC")).getHour());
        assertEquals(10, winter.withZoneSameInstant(ZoneId.of("UTC")).getHour());
    }

    @Test
    void monthlyPositionalSecondTuesdayAndLastFriday() {
        assertEquals(List.of(at("2026-01-13T18:00"), at("2026-02-10T18:00"), at("2026-03-10T18:00")),
                expand("FREQ=MONTHLY;BYDAY=2TU;COUNT=3", "2026-01-13T18:00", "2030-01-01T00:00"));
        assertEquals(List.of(at("2026-01-30T12:00"), at("2026-02-27T12:00"), at("2026-03-27T12:00")),
                expand("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30T12:00", "2026-04-01T00:00"));
    }

    @Test
    void untilIsInclusiveAndCountCountsFromTheFirst() {
        assertEquals(List.of(at("2026-03-03T10:00"), at("2026-03-17T10:00"), at("2026-03-31T10:00")),
                expand("FREQ=WEEKLY;INTERVAL=2;UNTIL=20260331", "2026-03-03T10:00", "2027-01-01T00:00"));
        // COUNT counts from the first occurrence even when the window starts later.
        Recurrence five = Recurrence.parse("FREQ=DAILY;COUNT=5");
        List<LocalDateTime> all = five.expand(at("2026-05-01T09:00"), at("2026-12-31T00:00"));
        assertEquals(5, all.size());
        assertEquals(at("2026-05-05T09:00"), all.get(4));
    }

    @Test
    void monthlyOnThe31stSkipsShortMonths() {
        assertEquals(List.of(at("2026-01-31T19:00"), at("2026-03-31T19:00"), at("2026-05-31T19:00")),
                expand("FREQ=MONTHLY;COUNT=3", "2026-01-31T19:00", "2027-01-01T00:00"));
    }

    @Test
    void weeklyOnSeveralDaysInOrder() {
        assertEquals(List.of(at("2026-06-03T14:00"), at("2026-06-05T14:00"), at("2026-06-08T14:00"), at("2026-06-10T14:00")),
                expand("FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=4", "2026-06-03T14:00", "2027-01-01T00:00"));
    }

    @Test
    void occursOnKnowsTheRuleDates() {
        Recurrence r = Recurrence.parse("FREQ=WEEKLY;BYDAY=TU;UNTIL=20260331");
        assertTrue(r.occursOn(at("2026-01-06T10:00"), LocalDate.parse("2026-03-31")));
        assertFalse(r.occursOn(at("2026-01-06T10:00"), LocalDate.parse("2026-03-30")));
        assertFalse(r.occursOn(at("2026-01-06T10:00"), LocalDate.parse("2026-04-07")));
        assertFalse(r.occursOn(at("2026-01-06T10:00"), LocalDate.parse("2025-12-30")));
    }

    @Test
    void unsupportedPartsAreNamed() {
        assertEquals("BYMONTH", assertThrows(Recurrence.RuleException.class,
                () -> Recurrence.parse("FREQ=WEEKLY;BYMONTH=1")).part());
        assertEquals("FREQ", assertThrows(Recurrence.RuleException.class, () -> Recurrence.parse("FREQ=YEARLY")).part());
        assertEquals("BYSETPOS", assertThrows(Recurrence.RuleException.class,
                () -> Recurrence.parse("FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2")).part());
        assertEquals("COUNT", assertThrows(Recurrence.RuleException.class,
                () -> Recurrence.parse("FREQ=DAILY;COUNT=3;UNTIL=20270101")).part());
        assertEquals("BYDAY", assertThrows(Recurrence.RuleException.class,
                () -> Recurrence.parse("FREQ=WEEKLY;BYDAY=2TU")).part());
        assertEquals("INTERVAL", assertThrows(Recurrence.RuleException.class,
                () -> Recurrence.parse("FREQ=WEEKLY;INTERVAL=0")).part());
    }

    @Test
    void normalFormIsStable() {
        assertEquals("FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270331",
                Recurrence.parse("rrule:freq=monthly;byday=+2tu;until=20270331T235959Z").toString());
    }
}
