package org.kickstart.event;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes RFC 5545 calendars that Google Calendar, Outlook and Apple Calendar subscribe to: one
 * VEVENT per event (its RRULE and EXDATEs as stored, moved dates as RECURRENCE-ID overrides),
 * wall-clock times with TZID=Europe/London and the VTIMEZONE that defines it, stable UIDs, TEXT
 * escaping, CRLF line ends and lines folded at 75 octets.
 */
final class ICalendar {

    /** Where an event happens, as a calendar shows it. */
    record Venue(String name, String address, String postcode, Double lat, Double lon, String url) {
    }

    record Entry(Event event, Venue venue, List<EventResponse.Host> hosts) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final Pattern UNTIL = Pattern.compile("UNTIL=(\\d{8})");
    private static final String TZID = "TZID=" + Schedule.LONDON.getId();

    /** The UK's rule since 1996: BST from 01:00 UTC on the last Sunday of March to the last Sunday of October. */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    private ICalendar() {
    }

    static String write(String name, List<Entry> entries) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Kickstart//Events//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(name));
        lines.add("X-WR-TIMEZONE:" + Schedule.LONDON.getId());
        lines.add("REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        lines.add("X-PUBLISHED-TTL:PT6H");
        lines.addAll(VTIMEZONE);
        for (Entry entry : entries) {
            event(lines, entry);
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(out, line);
        }
        return out.toString();
    }

    private static void event(List<String> lines, Entry entry) {
        Event e = entry.event();
        Schedule schedule = e.schedule();
        List<String> common = common(entry);
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid(e));
        lines.add("DTSTAMP:" + utc(e.updatedAt));
        lines.add("DTSTART;" + TZID + ":" + LOCAL.format(e.startsAt));
        lines.add("DTEND;" + TZID + ":" + LOCAL.format(e.endsAt));
        if (schedule.rule() != null) {
            lines.add("RRULE:" + rrule(schedule));
            List<String> cancelled = schedule.changes().values().stream().filter(Schedule.Change::cancelled)
                    .map(c -> LOCAL.format(c.date().atTime(e.startsAt.toLocalTime()))).toList();
            if (!cancelled.isEmpty()) {
                lines.add("EXDATE;" + TZID + ":" + String.join(",", cancelled));
            }
        }
        lines.addAll(common);
        lines.add("STATUS:" + ("cancelled".equals(e.status) ? "CANCELLED" : "CONFIRMED"));
        lines.add("END:VEVENT");
        for (Schedule.Change c : schedule.changes().values()) {
            if (c.moved()) {
                lines.add("BEGIN:VEVENT");
                lines.add("UID:" + uid(e));
                lines.add("DTSTAMP:" + utc(e.updatedAt));
                lines.add("RECURRENCE-ID;" + TZID + ":" + LOCAL.format(c.date().atTime(e.startsAt.toLocalTime())));
                lines.add("DTSTART;" + TZID + ":" + LOCAL.format(c.start()));
                lines.add("DTEND;" + TZID + ":" + LOCAL.format(c.end()));
                lines.addAll(common);
                if (c.note() != null) {
                    lines.add("COMMENT:" + text(c.note()));
                }
                lines.add("STATUS:" + ("cancelled".equals(e.status) ? "CANCELLED" : "CONFIRMED"));
                lines.add("END:VEVENT");
            }
        }
    }

    /** The properties the master event and its moved dates share. */
    private static List<String> common(Entry entry) {
        Event e = entry.event();
        List<String> lines = new ArrayList<>();
        lines.add("SEQUENCE:" + e.version);
        lines.add("CREATED:" + utc(e.createdAt));
        lines.add("LAST-MODIFIED:" + utc(e.updatedAt));
        lines.add("SUMMARY:" + text(e.title));
        lines.add("DESCRIPTION:" + text(description(entry)));
        Venue v = entry.venue();
        if (v != null) {
            List<String> where = new ArrayList<>();
            where.add(v.name());
            if (v.address() != null) {
                where.add(v.address());
            }
            if (v.postcode() != null) {
                where.add(v.postcode());
            }
            if (v.lat() == null && v.url() != null) {
                where.add(v.url());
            }
            lines.add("LOCATION:" + text(String.join(", ", where)));
            if (v.lat() != null) {
                lines.add("GEO:" + v.lat() + ";" + v.lon());
            }
        }
        if (e.bookingUrl != null) {
            lines.add("URL:" + e.bookingUrl);
        }
        lines.add("CATEGORIES:" + text(EventVocab.Category.valueOf(e.category.toUpperCase(java.util.Locale.ROOT)).label()));
        lines.add("TRANSP:OPAQUE");
        return lines;
    }

    private static String description(Entry entry) {
        Event e = entry.event();
        StringBuilder d = new StringBuilder();
        if (e.description != null) {
            d.append(e.description).append("\n\n");
        }
        if (!entry.hosts().isEmpty()) {
            d.append("Hosted by ").append(String.join(" and ", entry.hosts().stream().map(EventResponse.Host::name).toList())).append(".\n");
        }
        if (e.cost != null) {
            d.append("Cost: ").append(e.cost.replace('_', ' ')).append(".\n");
        }
        if (e.accessibilityNotes != null) {
            d.append("Accessibility: ").append(e.accessibilityNotes).append('\n');
        }
        if (e.bookingUrl != null) {
            d.append("Booking: ").append(e.bookingUrl).append('\n');
        }
        return d.toString().strip();
    }

    /**
     * The stored rule, with UNTIL as the UTC instant of the last possible start: RFC 5545 wants
     * UNTIL in UTC when DTSTART carries a TZID.
     */
    private static String rrule(Schedule s) {
        Matcher m = UNTIL.matcher(s.rule().toString());
        if (!m.find()) {
            return s.rule().toString();
        }
        LocalDateTime last = LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).atTime(s.start().toLocalTime());
        return m.replaceFirst("UNTIL=" + UTC.format(Schedule.at(last).withOffsetSameInstant(ZoneOffset.UTC)));
    }

    private static String uid(Event e) {
        return e.id + "@kickstart";
    }

    private static String utc(OffsetDateTime t) {
        return UTC.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** RFC 5545 TEXT: backslash, semicolon and comma escaped; newlines as \n. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Writes one content line, folded so no line exceeds 75 octets, never splitting a character. */
    static void fold(StringBuilder out, String line) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
