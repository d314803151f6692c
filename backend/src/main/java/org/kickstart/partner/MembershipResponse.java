package org.kickstart.partner;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contract's Membership, Partnership and PartnershipSummary. */
public record MembershipResponse(UUID placeId, PartnerResponse partner, String role, List<String> commitments,
        String commitmentNote, LocalDate joinedOn, String status, long version) {

    static MembershipResponse of(Membership m, PartnerResponse partner) {
        return new MembershipResponse(m.placeId, partner, m.role, List.of(m.commitments), m.commitmentNote, m.joinedOn,
                m.status, m.version);
    }

    public record Partnership(PartnerResponse.PlaceRef place, List<MembershipResponse> members, Summary summary) {
    }

    public record Summary(int active, int left, Map<String, Integer> byType, Map<String, Integer> byRole) {
    }
}
