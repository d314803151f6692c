package org.kickstart.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kickstart.common.Access;
import org.kickstart.common.Etags;
import org.kickstart.common.ProblemException;
import org.kickstart.place.Place;
import org.kickstart.place.PlaceRepository;

/** A place's partnership: who is in it, in what role, bringing what — changed by the place's organisers. */
@ApplicationScoped
public class PartnershipService {

    public record Saved(MembershipResponse membership, boolean created) {
    }

    @Inject
    MembershipRepository memberships;

    @Inject
    PartnerService partners;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlaceRepository places;

    public MembershipResponse.Partnership get(UUID placeId) {
        Place place = places.require(placeId);
        boolean withPrivate = access.signedIn();
        List<MembershipResponse> members = new ArrayList<>();
        Map<String, Integer> byType = zeros(PartnerType.values());
        Map<String, Integer> byRole = zeros(MembershipInput.Role.values());
        int active = 0;
        int left = 0;
        for (Object[] row : memberships.ofPlace(placeId)) {
            Membership m = (Membership) row[0];
            Partner p = (Partner) row[1];
            members.add(MembershipResponse.of(m, PartnerResponse.of(p, withPrivate, null)));
            if ("active".equals(m.status)) {
                active++;
                byType.merge(p.type, 1, Integer::sum);
                byRole.merge(m.role, 1, Integer::sum);
            } else {
                left++;
            }
        }
        return new MembershipResponse.Partnership(new PartnerResponse.PlaceRef(place.id, place.slug, place.name), members,
                new MembershipResponse.Summary(active, left, byType, byRole));
    }

    public MembershipResponse get(UUID placeId, UUID partnerId) {
        places.require(placeId);
        Membership m = memberships.find(placeId, partnerId)
                .orElseThrow(() -> ProblemException.notFound("partner with that id in this partnership"));
        return MembershipResponse.of(m, PartnerResponse.of(partners.find(partnerId), access.signedIn(), null));
    }

    @Transactional
    public Saved put(UUID placeId, UUID partnerId, String ifMatch, MembershipInput in) {
        places.require(placeId);
        access.requireWriteIn(placeId);
        Partner partner = partners.find(partnerId);
        Membership m = memberships.find(placeId, partnerId).orElse(null);
        boolean created = m == null;
        if (created) {
            m = new Membership();
            m.id = UUID.randomUUID();
            m.placeId = placeId;
            m.partnerId = partnerId;
            m.createdAt = PartnerService.now();
        } else {
            Etags.require(ifMatch, m.version);
        }
        m.role = in.role().code();
        m.commitments = in.commitments() == null ? new String[0]
                : in.commitments().stream().map(MembershipInput.Commitment::code).sorted().toArray(String[]::new);
        m.commitmentNote = PartnerService.blank(in.commitmentNote());
        m.joinedOn = in.joinedOn();
        m.status = in.status().code();
        m.updatedAt = PartnerService.now();
        if (created) {
            memberships.persist(m);
        }
        memberships.flush();
        return new Saved(MembershipResponse.of(m, PartnerResponse.of(partner, true, null)), created);
    }

    @Transactional
    public void delete(UUID placeId, UUID partnerId, String ifMatch) {
        places.require(placeId);
        access.requireWriteIn(placeId);
        Membership m = memberships.find(placeId, partnerId)
                .orElseThrow(() -> ProblemException.notFound("partner with that id in this partnership"));
        Etags.require(ifMatch, m.version);
        long hosted = ((Number) em.createNativeQuery(
                "SELECT count(*) FROM event_host h JOIN event e ON e.id = h.event_id WHERE e.place_id = ?1 AND h.partner_id = ?2")
                .setParameter(1, placeId).setParameter(2, partnerId).getSingleResult()).longValue();
        if (hosted > 0) {
            throw ProblemException.conflict("This partner hosts " + hosted + (hosted == 1 ? " event" : " events")
                    + " here. Mark it as having left instead, or change the events' hosts first.");
        }
        memberships.delete(m);
        memberships.flush();
    }

    private static Map<String, Integer> zeros(Enum<?>[] values) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            map.put(v.toString(), 0);
        }
        return map;
    }
}
