package org.kickstart.partner;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    public Optional<Membership> find(UUID placeId, UUID partnerId) {
        return find("placeId = ?1 and partnerId = ?2", placeId, partnerId).firstResultOptional();
    }

    public List<Membership> ofPartner(UUID partnerId) {
        return list("partnerId", partnerId);
    }

    /** Members with their partners, leads first, then core, then supporting; by name within a role. */
    public List<Object[]> ofPlace(UUID placeId) {
        return getEntityManager().createQuery("""
                select m, p from Membership m, Partner p where p.id = m.partnerId and m.placeId = :place
                order by case m.role when 'lead' then 0 when 'core' then 1 else 2 end, p.name, p.id""", Object[].class)
                .setParameter("place", placeId).getResultList();
    }
}
