package org.kickstart.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A partner as the API shows it; contact fields only for signed-in callers (the contract's Partner). */
public record PartnerResponse(UUID id, String name, String type, String description, String website,
        String registeredNumber, String address, String postcode, String contactName, String email, String phone,
        List<PlaceRef> places, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record PlaceRef(UUID id, String slug, String name) {
    }

    static PartnerResponse of(Partner p, boolean withPrivate, List<PlaceRef> places) {
        return new PartnerResponse(p.id, p.name, p.type, p.description, p.website, p.registeredNumber, p.address,
                p.postcode, withPrivate ? p.contactName : null, withPrivate ? p.email : null,
                withPrivate ? p.phone : null, places, p.createdAt, p.updatedAt, p.version);
    }
}
