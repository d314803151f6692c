package org.kickstart.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Recorded attendance of one occurrence (the contract's Attendance). */
public record AttendanceResponse(UUID eventId, LocalDate date, int total, int firstTime, AttendanceInput.AgeBands ageBands,
        OffsetDateTime recordedAt, String recordedBy) {
}
