package org.kickstart.space;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A space as the API shows it (the contract's Space). */
public record SpaceResponse(UUID id, UUID placeId, String neighbourhoodCode, String name, String kind, String mode,
        String address, String postcode, SpaceInput.Location location, String url, String platform, UUID managingPartnerId,
        Integer capacity, String cost, SpaceInput.OpeningHours openingHours, List<String> accessibility,
        List<String> welcome, List<String> languages, String description, String status, Double distanceMetres,
        List<History> history, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record History(String from, String to, OffsetDateTime at, String by, String note) {
        static History of(StatusChange c) {
            return new History(c.fromStatus, c.toStatus, c.at, c.byUsername, c.note);
        }
    }

    static SpaceResponse of(Space s, Double distance, List<History> history) {
        List<String> features = Arrays.asList(s.features);
        return new SpaceResponse(s.id, s.placeId, s.neighbourhoodCode, s.name, s.kind, s.mode, s.address, s.postcode,
                s.lat == null ? null : new SpaceInput.Location(s.lat, s.lon), s.url, s.platform, s.managingPartnerId,
                s.capacity, s.cost, s.openingHours, features.stream().filter(Vocab::isAccessibility).toList(),
                features.stream().filter(f -> !Vocab.isAccessibility(f)).toList(), Arrays.asList(s.languages),
                s.description, s.status, distance == null ? null : Math.round(distance * 10) / 10.0, history, s.createdAt,
                s.updatedAt, s.version);
    }
}
