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

    /** What still belongs to a place and blocks deleting it, in words ("3 partnership members and 12 spaces"), or null. */
    public String contents(UUID placeId) {
        Object[] n = (Object[]) getEntityManager().createNativeQuery(
                "SELECT (SELECT count(*) FROM partnership_membership WHERE place_id = ?1), (SELECT count(*) FROM space WHERE place_id = ?1),"
                        + " (SELECT count(*) FROM event WHERE place_id = ?1)")
                .setParameter(1, placeId).getSingleResult();
        long members = ((Number) n[0]).longValue();
        long spaces = ((Number) n[1]).longValue();
        long events = ((Number) n[2]).longValue();
        List<String> parts = new java.util.ArrayList<>();
        if (members > 0) {
            parts.add(members + (members == 1 ? " partnership member" : " partnership members"));
        }
        if (spaces > 0) {
            parts.add(spaces + (spaces == 1 ? " space" : " spaces"));
        }
        if (events > 0) {
            parts.add(events + (events == 1 ? " event" : " events"));
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** The place, or the API's 404 problem: what every feature under /places/{placeId} starts with. */
    public Place require(UUID placeId) {
        return findByIdOptional(placeId).orElseThrow(() -> org.kickstart.common.ProblemException.notFound("place with that id"));
    }

    public Optional<Place> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Place> findByGssCode(String gssCode) {
        return find("gssCode", gssCode).firstResultOptional();
    }
}
