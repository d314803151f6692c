package org.kickstart.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;

/**
 * What's on: the occurrences of many events in a window, in time order. SQL picks the events
 * whose series can touch the window; their rules are expanded only inside it; hosts, space names
 * and attendance are then fetched for the one page shown.
 */
@ApplicationScoped
public class OccurrenceService {

    /** The widest window, in days. */
    static final int MAX_DAYS = 366;

    @Inject
    EventRepository events;

    /** Where an occurrence sorts: by start instant, then event, then date. Also the page cursor. */
    private record Key(long startEpoch, UUID eventId, LocalDate date) implements Comparable<Key> {
        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::startEpoch)
                .thenComparing(Key::eventId).thenComparing(Key::date);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }

        String encode() {
            return PageRequest.encode(List.of(Long.toString(startEpoch), eventId.toString(), date.toString()));
        }

        static Key decode(PageRequest page) {
            try {
                return new Key(Long.parseLong(page.key(0)), page.uuidKey(1), LocalDate.parse(page.key(2)));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor this API gave out");
            }
        }
    }

    /** An expanded occurrence, before the page is dressed with hosts, space names and attendance. */
    private record Item(Key key, EventRepository.Candidate event, Schedule.Occurrence occurrence) {
    }

    public Page<OccurrenceResponse> list(LocalDate from, LocalDate to, EventRepository.Filters filters, PageRequest page) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw ProblemException.invalid("to", "the window can be at most " + MAX_DAYS + " days");
        }
        LocalDate toExclusive = to.plusDays(1);
        Key after = page.expectKeys(3).first() ? null : Key.decode(page);
        // Only the page is kept: a bounded heap whose head is the latest of the earliest limit+1 occurrences.
        int keep = page.limit() + 1;
        java.util.PriorityQueue<Item> earliest = new java.util.PriorityQueue<>(keep + 1, Comparator.comparing(Item::key).reversed());
        for (EventRepository.Candidate c : events.inWindow(filters, Schedule.at(from.atStartOfDay()), Schedule.at(toExclusive.atStartOfDay()))) {
            Schedule schedule = Event.schedule(c.start(), c.end(), c.recurrence(), EventJson.changes(c.exceptions()));
            for (Schedule.Occurrence o : schedule.between(from, toExclusive)) {
                Key key = new Key(Schedule.epochSecond(o.start()), c.id(), o.date());
                if ((after == null || key.compareTo(after) > 0) && (earliest.size() < keep || key.compareTo(earliest.peek().key()) < 0)) {
                    earliest.add(new Item(key, c, o));
                    if (earliest.size() > keep) {
                        earliest.poll();
                    }
                }
            }
        }
        List<Item> items = new ArrayList<>(earliest);
        items.sort(Comparator.comparing(Item::key));
        List<Item> shown = items.size() > page.limit() ? items.subList(0, page.limit()) : items;
        String next = items.size() > page.limit() ? shown.get(shown.size() - 1).key().encode() : null;
        return new Page<>(dress(shown, from, toExclusive), next);
    }

    private List<OccurrenceResponse> dress(List<Item> shown, LocalDate from, LocalDate toExclusive) {
        Set<UUID> ids = new LinkedHashSet<>();
        Set<UUID> spaces = new LinkedHashSet<>();
        LocalDate earliest = from;
        LocalDate latest = toExclusive;
        for (Item i : shown) {
            ids.add(i.event().id());
            if (i.event().spaceId() != null) {
                spaces.add(i.event().spaceId());
            }
            // A moved occurrence keeps the schedule's date, which may lie outside the window.
            if (i.occurrence().date().isBefore(earliest)) {
                earliest = i.occurrence().date();
            }
            if (!i.occurrence().date().isBefore(latest)) {
                latest = i.occurrence().date().plusDays(1);
            }
        }
        Map<UUID, List<EventResponse.Host>> hosts = events.hosts(ids);
        Map<UUID, String> names = events.spaceNames(spaces);
        Map<String, AttendanceResponse> attendance = events.attendance(ids, earliest, latest);
        List<OccurrenceResponse> out = new ArrayList<>(shown.size());
        for (Item i : shown) {
            EventRepository.Candidate e = i.event();
            Schedule.Occurrence o = i.occurrence();
            String status = "cancelled".equals(e.status()) ? "cancelled" : o.status().name().toLowerCase(java.util.Locale.ROOT);
            OffsetDateTime original = o.originalStart() == null ? null : Schedule.at(o.originalStart());
            out.add(new OccurrenceResponse(e.id(), o.date(), Schedule.at(o.start()), Schedule.at(o.end()), status, original,
                    o.note(), e.placeId(), e.spaceId(), names.get(e.spaceId()), e.title(), e.category(), e.audiences(),
                    hosts.getOrDefault(e.id(), List.of()), e.cost(), e.recurrence() != null,
                    attendance.get(e.id() + "/" + o.date())));
        }
        return out;
    }

    /** An occurrence that took place: not cancelled, started before now. For reach measures. */
    public record Held(UUID eventId, LocalDate date, int hosts) {
    }

    /**
     * The occurrences of a place's events that took place on days in [from, toExclusive), and for
     * every event with an occurrence in the window, how many partners host it.
     */
    public List<Held> held(UUID place, LocalDate from, LocalDate toExclusive, Map<UUID, Integer> eventsInWindow) {
        EventRepository.Filters f = new EventRepository.Filters(place, null, null, null, null, null, null, null);
        List<EventRepository.Candidate> candidates = events.inWindow(f, Schedule.at(from.atStartOfDay()), Schedule.at(toExclusive.atStartOfDay()));
        Map<UUID, List<EventResponse.Host>> hosts = events.hosts(candidates.stream().map(EventRepository.Candidate::id).toList());
        long now = java.time.Instant.now().getEpochSecond();
        List<Held> out = new ArrayList<>();
        for (EventRepository.Candidate c : candidates) {
            Schedule schedule = Event.schedule(c.start(), c.end(), c.recurrence(), EventJson.changes(c.exceptions()));
            int hostCount = hosts.getOrDefault(c.id(), List.of()).size();
            for (Schedule.Occurrence o : schedule.between(from, toExclusive)) {
                eventsInWindow.put(c.id(), hostCount);
                if (!"cancelled".equals(c.status()) && o.status() != Schedule.Status.CANCELLED && Schedule.epochSecond(o.start()) < now) {
                    out.add(new Held(c.id(), o.start().toLocalDate(), hostCount));
                }
            }
        }
        return out;
    }
}
