package org.kickstart.event;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An event as the API shows it (the contract's Event): times carry the London offset of their day. */
public record EventResponse(UUID id, UUID placeId, UUID spaceId, String spaceName, List<Host> hosts, String title,
        String description, String category, List<String> audiences, List<String> languages, String cost,
        String bookingUrl, Integer capacity, String accessibilityNotes, String status, OffsetDateTime start,
        OffsetDateTime end, String timeZone, String recurrence, List<Change> exceptions, OffsetDateTime lastOccurrenceEnd,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    /** A hosting partner (the contract's PartnerRef). */
    public record Host(UUID id, String name, String type) {
    }

    /** A cancelled or moved date (the contract's OccurrenceChange). */
    public record Change(java.time.LocalDate date, boolean cancelled, OffsetDateTime start, OffsetDateTime end, String note) {
        static Change of(Schedule.Change c) {
            return new Change(c.date(), c.cancelled(), c.start() == null ? null : Schedule.at(c.start()),
                    c.end() == null ? null : Schedule.at(c.end()), c.note());
        }
    }

    static EventResponse of(Event e, String spaceName, List<Host> hosts) {
        Schedule s = e.schedule();
        return new EventResponse(e.id, e.placeId, e.spaceId, spaceName, hosts, e.title, e.description, e.category,
                Arrays.asList(e.audiences), Arrays.asList(e.languages), e.cost, e.bookingUrl, e.capacity,
                e.accessibilityNotes, e.status, Schedule.at(e.startsAt), Schedule.at(e.endsAt), Schedule.LONDON.getId(),
                e.recurrence, s.changes().values().stream().map(Change::of).toList(), e.seriesEnd, e.createdAt,
                e.updatedAt, e.version);
    }
}
