package org.kickstart.partner;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.kickstart.common.Postcodes;

/** What a client sends to create or replace a partner (the contract's PartnerInput). */
public record PartnerInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerType type,
        @Size(max = 4000) String description,
        @Size(max = 500) @Pattern(regexp = "^https?://[^\\s/$.?#][^\\s]*$", message = "must be a web address starting http:// or https://") String website,
        @Size(max = 20) @Pattern(regexp = "^[A-Za-z0-9-]+$", message = "must be letters, digits and hyphens, e.g. 1123456 or SC012345") String registeredNumber,
        @Size(max = 500) String address,
        @Pattern(regexp = Postcodes.PATTERN, message = Postcodes.MESSAGE) String postcode,
        @Size(max = 200) String contactName,
        @Size(max = 254) @Email(message = "must be an email address") String email,
        @Size(max = 30) @Pattern(regexp = "^[0-9 +()-]{6,30}$", message = "must be a phone number: digits, spaces, + ( ) and -") String phone) {
}
