package org.kickstart.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kickstart.space.Vocab;

/** What a client sends to schedule or replace an event (the contract's EventInput). */
public record EventInput(
        @NotNull UUID placeId,
        UUID spaceId,
        @NotEmpty @Size(max = 10) List<@NotNull UUID> hostPartnerIds,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull EventVocab.Category category,
        Set<EventVocab.@NotNull Audience> audiences,
        @Size(max = 20) Set<@NotNull @Pattern(regexp = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", message = "must be a language tag such as en, ur or pt-BR") String> languages,
        Vocab.Cost cost,
        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "must be a web address starting http:// or https://") String bookingUrl,
        @Min(1) @Max(100000) Integer capacity,
        @Size(max = 1000) String accessibilityNotes,
        EventVocab.Status status,
        @NotNull @Pattern(regexp = LOCAL_TIME, message = LOCAL_TIME_MESSAGE) String start,
        @NotNull @Pattern(regexp = LOCAL_TIME, message = LOCAL_TIME_MESSAGE) String end,
        @Size(max = 200) String recurrence,
        @Size(max = 500) List<@Valid @NotNull Change> exceptions) {

    static final String LOCAL_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})?$";
    static final String LOCAL_TIME_MESSAGE = "must be a date and time such as 2026-12-01T10:00";

    /** One date of the schedule cancelled, or moved to another time. */
    public record Change(
            @NotNull LocalDate date,
            Boolean cancelled,
            @Pattern(regexp = LOCAL_TIME, message = LOCAL_TIME_MESSAGE) String start,
            @Pattern(regexp = LOCAL_TIME, message = LOCAL_TIME_MESSAGE) String end,
            @Size(max = 500) String note) {
    }
}
