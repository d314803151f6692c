package org.kickstart.place;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a place (the contract's PlaceInput). */
public record PlaceInput(
        @NotNull @Size(min = 2, max = 60) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "must be lowercase letters and digits joined by single hyphens, e.g. waltham-forest") String slug,
        @NotBlank @Size(max = 120) String name,
        @NotNull @Pattern(regexp = "^[EWSN][0-9]{8}$", message = "must be a letter E, W, S or N followed by eight digits, e.g. E08000033") String gssCode,
        @NotBlank @Size(max = 120) String region,
        @PositiveOrZero Long population,
        @Size(max = 4000) String description) {
}
