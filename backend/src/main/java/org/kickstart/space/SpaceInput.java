package org.kickstart.space;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kickstart.common.Postcodes;

/** What a client sends to create or replace a space (the contract's SpaceInput). */
public record SpaceInput(
        @NotNull UUID placeId,
        @Pattern(regexp = "^E01[0-9]{6}$", message = "must be an LSOA code such as E01010577") String neighbourhoodCode,
        @NotBlank @Size(max = 200) String name,
        @NotNull Vocab.Kind kind,
        @NotNull Vocab.Mode mode,
        @Size(max = 500) String address,
        @Pattern(regexp = Postcodes.PATTERN, message = Postcodes.MESSAGE) String postcode,
        @Valid Location location,
        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "must be a web address starting http:// or https://") String url,
        @Size(max = 100) String platform,
        UUID managingPartnerId,
        @Min(1) @Max(100000) Integer capacity,
        Vocab.Cost cost,
        @Valid OpeningHours openingHours,
        Set<Vocab.@NotNull Accessibility> accessibility,
        Set<Vocab.@NotNull Welcome> welcome,
        @Size(max = 30) Set<@NotNull @Pattern(regexp = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", message = "must be a language tag such as en, ur or pt-BR") String> languages,
        @Size(max = 4000) String description,
        Vocab.Status status) {

    public record Location(
            @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {
    }

    public record OpeningHours(@Size(max = 50) List<@Valid @NotNull Period> periods, @Size(max = 500) String note) {
    }

    public record Period(
            @NotNull Vocab.Day day,
            @NotNull @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "must be a time such as 09:30") String opens,
            @NotNull @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$", message = "must be a time such as 17:00") String closes) {
    }
}
