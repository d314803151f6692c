package org.kickstart.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a survey (the contract's SurveyInput). */
public record SurveyInput(
        @NotNull UUID placeId,
        UUID spaceId,
        UUID eventId,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String intro,
        @Pattern(regexp = "^(core|place_standard|event_feedback)$", message = "must be core, place_standard or event_feedback") String template,
        @Size(min = 1, max = 60) List<@Valid @NotNull Question> questions,
        @Size(max = 10) Set<@NotNull @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String> languages,
        Map<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String, @Valid @NotNull Text> translations,
        LocalDate opensOn,
        LocalDate closesOn) {

    static final String LANGUAGE = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    static final String LANGUAGE_MESSAGE = "must be a language tag such as en, ur or pl";

    public record Question(@NotBlank @Size(max = 100) String code, Boolean required) {
    }

    /** The title and intro in another language (the contract's SurveyText). */
    public record Text(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String intro) {
    }
}
