package org.kickstart.neighbourhood;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class NeighbourhoodRepository implements PanacheRepositoryBase<Neighbourhood, String> {

    public List<Neighbourhood> page(UUID placeId, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("placeId = :place");
        Parameters params = Parameters.with("place", placeId);
        appendSearch(where, params, q);
        if (!page.first()) {
            where.append(" and code > :after");
            params.and("after", page.key(0));
        }
        return find(where + " order by code", params).range(0, page.limit()).list();
    }

    public long count(UUID placeId, String q) {
        StringBuilder where = new StringBuilder("placeId = :place");
        Parameters params = Parameters.with("place", placeId);
        appendSearch(where, params, q);
        return count(where.toString(), params);
    }

    private static void appendSearch(StringBuilder where, Parameters params, String q) {
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(code) like :q or lower(name) like :q)");
            params.and("q", "%" + q.strip().toLowerCase().replace("%", "").replace("_", "") + "%");
        }
    }
}
