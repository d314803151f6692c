package org.kickstart.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One occurrence in the What's on list (the contract's Occurrence). */
public record OccurrenceResponse(UUID eventId, LocalDate date, OffsetDateTime start, OffsetDateTime end, String status,
        OffsetDateTime originalStart, String note, UUID placeId, UUID spaceId, String spaceName, String title,
        String category, List<String> audiences, List<EventResponse.Host> hosts, String cost, boolean recurring,
        AttendanceResponse attendance) {
}
