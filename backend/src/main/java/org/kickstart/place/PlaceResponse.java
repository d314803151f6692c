package org.kickstart.place;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A place as the API shows it (the contract's Place). */
public record PlaceResponse(UUID id, String slug, String name, String gssCode, String region, Long population,
        String description, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static PlaceResponse of(Place p) {
        return new PlaceResponse(p.id, p.slug, p.name, p.gssCode, p.region, p.population, blankToNull(p.description),
                p.createdAt, p.updatedAt, p.version);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
