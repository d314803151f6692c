package org.kickstart.space;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Spaces; searching runs in SQL with PostGIS (the GiST index serves near and bbox). */
@ApplicationScoped
public class SpaceRepository implements PanacheRepositoryBase<Space, UUID> {

    /** A found space with its distance from the `near` point (null without one). */
    public record Hit(Space space, Double distance) {
    }

    public List<Hit> search(SpaceQuery f, PageRequest page) {
        StringBuilder sql = new StringBuilder("SELECT s.id, ");
        Map<String, Object> params = new HashMap<>();
        if (f.near()) {
            sql.append("ST_Distance(s.location, ST_SetSRID(ST_MakePoint(:nlon, :nlat), 4326)::geography) AS d");
            params.put("nlon", f.nearLon());
            params.put("nlat", f.nearLat());
        } else {
            sql.append("NULL::float8 AS d");
        }
        sql.append(" FROM space s WHERE true");
        if (f.place() != null) {
            sql.append(" AND s.place_id = :place");
            params.put("place", f.place());
        }
        if (f.neighbourhood() != null) {
            sql.append(" AND s.neighbourhood_code = :nb");
            params.put("nb", f.neighbourhood());
        }
        if (f.kind() != null) {
            sql.append(" AND s.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.mode() != null) {
            sql.append(" AND s.mode = :mode");
            params.put("mode", f.mode());
        }
        if (f.status() != null) {
            sql.append(" AND s.status = :status");
            params.put("status", f.status());
        }
        if (!f.features().isEmpty()) {
            sql.append(" AND s.features @> CAST(:features AS text[])");
            params.put("features", "{" + String.join(",", f.features()) + "}");
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" AND (s.name ILIKE :q OR coalesce(s.description, '') ILIKE :q OR coalesce(s.address, '') ILIKE :q)");
            params.put("q", "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.near()) {
            sql.append(" AND ST_DWithin(s.location, ST_SetSRID(ST_MakePoint(:nlon, :nlat), 4326)::geography, :radius)");
            params.put("radius", (double) f.radius());
        }
        if (f.bbox() != null) {
            sql.append(" AND s.location && ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4326)::geography");
            params.put("minlon", f.bbox()[0]);
            params.put("minlat", f.bbox()[1]);
            params.put("maxlon", f.bbox()[2]);
            params.put("maxlat", f.bbox()[3]);
        }
        String order;
        if (f.near()) {
            if (!page.first()) {
                sql.append(" AND (ST_Distance(s.location, ST_SetSRID(ST_MakePoint(:nlon, :nlat), 4326)::geography), s.id) > (:kd, :kid)");
                params.put("kd", Double.parseDouble(page.key(0)));
                params.put("kid", page.uuidKey(1));
            }
            order = " ORDER BY d, s.id";
        } else {
            if (!page.first()) {
                sql.append(" AND (s.name, s.id) > (:kname, :kid)");
                params.put("kname", page.key(0));
                params.put("kid", page.uuidKey(1));
            }
            order = " ORDER BY s.name, s.id";
        }
        sql.append(order).append(" LIMIT ").append(page.limit() + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Space> byId = new HashMap<>();
        for (Space s : list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList())) {
            byId.put(s.id, s);
        }
        List<Hit> hits = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            hits.add(new Hit(byId.get((UUID) r[0]), r[1] == null ? null : ((Number) r[1]).doubleValue()));
        }
        return hits;
    }

    public List<StatusChange> history(UUID spaceId) {
        return getEntityManager().createQuery("from StatusChange where spaceId = :id order by at, id", StatusChange.class)
                .setParameter("id", spaceId).getResultList();
    }

    /** Counts by status and by mode for one place, in one query. */
    @SuppressWarnings("unchecked")
    public List<Object[]> pipeline(UUID placeId) {
        return getEntityManager().createNativeQuery("""
                SELECT 's:' || status AS k, count(*) FROM space WHERE place_id = ?1 GROUP BY status
                UNION ALL
                SELECT 'm:' || mode, count(*) FROM space WHERE place_id = ?1 GROUP BY mode""")
                .setParameter(1, placeId).getResultList();
    }
}
