package org.kickstart.place;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PlaceRepository implements PanacheRepositoryBase<Place, UUID> {

    /** A page in (name, id) order, fetching one extra row to know whether another page follows. */
    public List<Place> page(String slug, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (slug != null) {
            where.append(" and slug = :slug");
            params.and("slug", slug);
        }
        if (!page.first()) {
            where.append(" and (name > :name or (name = :name and id > :id))");
            params.and("name", page.key(0)).and("id", page.uuidKey(1));
        }
        return find(where + " order by name, id", params).range(0, page.limit()).list();
    }

    /** Memberships refer to a place by foreign key; deleting it first needs them gone. */
    public long partnershipMembers(UUID placeId) {
        return ((Number) getEntityManager().createNativeQuery("SELECT count(*) FROM partnership_membership WHERE place_id = ?1")
                .setParameter(1, placeId).getSingleResult()).longValue();
    }

    public Optional<Place> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Place> findByGssCode(String gssCode) {
        return find("gssCode", gssCode).firstResultOptional();
    }
}
