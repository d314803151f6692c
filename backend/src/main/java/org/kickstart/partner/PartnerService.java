package org.kickstart.partner;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kickstart.common.Access;
import org.kickstart.common.Etags;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Postcodes;
import org.kickstart.common.ProblemException;

import io.quarkus.security.ForbiddenException;

/**
 * Partners. Admins and organisers may add one; changing or deleting it is for admins, the
 * organisers of the places whose partnerships it is in, and its creator while it is in none.
 */
@ApplicationScoped
public class PartnerService {

    @Inject
    PartnerRepository partners;

    @Inject
    MembershipRepository memberships;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    public Page<PartnerResponse> list(UUID place, PartnerType type, String q, PageRequest page) {
        List<Partner> rows = partners.page(place, type == null ? null : type.code(), q, page.expectKeys(2));
        boolean withPrivate = access.signedIn();
        return page.page(rows.stream().map(p -> PartnerResponse.of(p, withPrivate, null)).toList(),
                p -> List.of(p.name(), p.id().toString()));
    }

    public PartnerResponse get(UUID id) {
        return PartnerResponse.of(find(id), access.signedIn(), placesOf(id));
    }

    @Transactional
    public PartnerResponse create(PartnerInput in) {
        access.requireAdminOrOrganiser();
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.createdAt = now();
        p.createdBy = access.subject();
        apply(p, in);
        partners.persistAndFlush(p);
        return PartnerResponse.of(p, true, List.of());
    }

    @Transactional
    public PartnerResponse update(UUID id, String ifMatch, PartnerInput in) {
        Partner p = find(id);
        requireMayChange(p);
        Etags.require(ifMatch, p.version);
        apply(p, in);
        partners.flush();
        return PartnerResponse.of(p, true, placesOf(id));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Partner p = find(id);
        requireMayChange(p);
        Etags.require(ifMatch, p.version);
        long count = memberships.count("partnerId", id);
        if (count > 0) {
            throw ProblemException.conflict(p.name + " is still in " + count + (count == 1 ? " partnership" : " partnerships")
                    + ". Remove it from them first (or mark it as having left).");
        }
        long hosted = ((Number) em.createNativeQuery("SELECT count(*) FROM event_host WHERE partner_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (hosted > 0) {
            throw ProblemException.conflict(p.name + " hosts " + hosted + (hosted == 1 ? " event" : " events")
                    + ". Change the events' hosts first.");
        }
        long spaces = ((Number) em.createNativeQuery("SELECT count(*) FROM space WHERE managing_partner_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (spaces > 0) {
            throw ProblemException.conflict(p.name + " manages " + spaces + (spaces == 1 ? " space" : " spaces")
                    + ". Give them another managing partner first.");
        }
        partners.delete(p);
        partners.flush();
    }

    private void requireMayChange(Partner p) {
        access.requireSignedIn();
        if (access.isAdmin()) {
            return;
        }
        List<Membership> in = memberships.ofPartner(p.id);
        boolean organisesOne = in.stream().anyMatch(m -> access.organisedPlaces().contains(m.placeId));
        boolean ownOrphan = in.isEmpty() && access.isOrganiser() && p.createdBy != null && p.createdBy.equals(access.subject());
        if (!organisesOne && !ownOrphan) {
            throw new ForbiddenException();
        }
    }

    Partner find(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("partner with that id"));
    }

    private List<PartnerResponse.PlaceRef> placesOf(UUID partnerId) {
        return em.createQuery("""
                select new org.kickstart.partner.PartnerResponse$PlaceRef(pl.id, pl.slug, pl.name)
                from Membership m, org.kickstart.place.Place pl where pl.id = m.placeId and m.partnerId = :id order by pl.name""",
                PartnerResponse.PlaceRef.class).setParameter("id", partnerId).getResultList();
    }

    private static void apply(Partner p, PartnerInput in) {
        p.name = in.name().strip();
        p.type = in.type().code();
        p.description = blank(in.description());
        p.website = blank(in.website());
        p.registeredNumber = blank(in.registeredNumber());
        p.address = blank(in.address());
        p.postcode = Postcodes.normalise(blank(in.postcode()));
        p.contactName = blank(in.contactName());
        p.email = blank(in.email());
        p.phone = blank(in.phone());
        p.updatedAt = now();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
