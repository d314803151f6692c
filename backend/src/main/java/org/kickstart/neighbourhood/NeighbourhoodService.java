package org.kickstart.neighbourhood;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kickstart.common.Access;
import org.kickstart.common.Csv;
import org.kickstart.common.Json;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Problem;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.place.Place;
import org.kickstart.place.PlaceRepository;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/** A place's neighbourhoods and the all-or-nothing IoD import that fills them. */
@ApplicationScoped
public class NeighbourhoodService {

    public record NeighbourhoodResponse(String code, String name, int imdDecile, int imdRank, Integer population,
            String iodEdition) {
        static NeighbourhoodResponse of(Neighbourhood n) {
            return new NeighbourhoodResponse(n.code, n.name, n.imdDecile, n.imdRank, n.population, n.iodEdition);
        }
    }

    public record NeighbourhoodPage(List<NeighbourhoodResponse> items, long total, String nextCursor) {
    }

    public record ImportReport(int rows, int created, int updated, int otherDistricts) {
        ImportReport merge(int[] createdUpdated) {
            return new ImportReport(rows, createdUpdated[0], createdUpdated[1], otherDistricts);
        }
    }

    public record BoundaryReport(int features, int loaded, int otherCodes, int withoutBoundary) {
    }

    private static final int MAX_LISTED_ERRORS = 100;

    @Inject
    NeighbourhoodRepository repo;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlaceRepository places;

    public NeighbourhoodPage list(UUID placeId, String q, PageRequest page) {
        places.require(placeId);
        List<NeighbourhoodResponse> rows = repo.page(placeId, q, page.expectKeys(1)).stream()
                .map(NeighbourhoodResponse::of).toList();
        Page<NeighbourhoodResponse> p = page.page(rows, n -> List.of(n.code()));
        return new NeighbourhoodPage(p.items(), repo.count(placeId, q), p.nextCursor());
    }

    /**
     * Reads the whole file first and stores nothing unless every row of this place is valid;
     * rows of other districts are counted and skipped.
     */
    @Transactional
    public ImportReport importCsv(UUID placeId, String edition, InputStream body) {
        access.requireAdmin();
        Place place = places.require(placeId);
        String ed = edition == null || edition.isBlank() ? "IoD2025" : edition;
        if (!ed.equals("IoD2025") && !ed.equals("IoD2019")) {
            throw ProblemException.invalid("edition", "must be IoD2025 or IoD2019");
        }
        List<FieldError> errors = new ArrayList<>();
        List<IodCsv.Row> rows = new ArrayList<>();
        int read = 0;
        int others = 0;
        try (Csv csv = new Csv(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)))) {
            List<String> header = csv.next();
            if (header == null) {
                throw ProblemException.invalid("body", "is empty: send the CSV file with its header row");
            }
            IodCsv layout = IodCsv.of(header, errors);
            if (layout == null) {
                throw ProblemException.invalid(errors);
            }
            Set<String> seen = new HashSet<>();
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                read++;
                if (!place.gssCode.equals(layout.lad(r))) {
                    others++;
                    continue;
                }
                IodCsv.Row row = layout.parse(csv.line(), r, ed, errors);
                if (row != null && !seen.add(row.code())) {
                    errors.add(new FieldError("rows[" + csv.line() + "].lsoa_code", "repeats " + row.code()));
                } else if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read as CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("No neighbourhoods were imported: " + errors.size()
                    + (errors.size() == 1 ? " problem" : " problems") + " in the file.", IodCsv.cap(errors, MAX_LISTED_ERRORS)));
        }
        return new ImportReport(read, 0, 0, others).merge(upsert(placeId, ed, rows));
    }

    /**
     * Reads a GeoJSON FeatureCollection one feature at a time (constant memory, whatever the file's
     * size) and stores the boundaries of this place's neighbourhoods; features of other codes are
     * counted and skipped. Every feature is checked; if any is bad the transaction rolls back.
     */
    @Transactional
    public BoundaryReport importBoundaries(UUID placeId, InputStream body) {
        access.requireAdmin();
        places.require(placeId);
        @SuppressWarnings("unchecked")
        Set<String> ours = new HashSet<>(em.createNativeQuery("SELECT code FROM neighbourhood WHERE place_id = ?1")
                .setParameter(1, placeId).getResultList());
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int read = 0;
        int loaded = 0;
        int others = 0;
        boolean collection = false;
        boolean features = false;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ProblemException.invalid("body", "must be a GeoJSON FeatureCollection");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("type")) {
                    collection = "FeatureCollection".equals(p.getValueAsString());
                } else if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    features = true;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode feature = Json.MAPPER.readTree(p);
                        String at = "features[" + read++ + "]";
                        String code = Boundaries.code(feature, at, errors);
                        if (code == null) {
                            continue;
                        }
                        if (!ours.contains(code)) {
                            others++;
                        } else if (!seen.add(code)) {
                            errors.add(new FieldError(at + ".properties.LSOA21CD", "repeats " + code));
                        } else if (Boundaries.geometry(feature.path("geometry"), at, errors) && store(code, feature.get("geometry"), at, errors)) {
                            loaded++;
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read: " + e.getMessage());
        }
        if (!collection) {
            errors.add(0, new FieldError("type", "must be FeatureCollection"));
        }
        if (!features) {
            errors.add(0, new FieldError("features", "is missing: send the features as an array"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("No boundaries were loaded: " + errors.size()
                    + (errors.size() == 1 ? " problem" : " problems") + " in the file.", IodCsv.cap(errors, MAX_LISTED_ERRORS)));
        }
        int without = ((Number) em.createNativeQuery("SELECT count(*) FROM neighbourhood WHERE place_id = ?1 AND boundary IS NULL")
                .setParameter(1, placeId).getSingleResult()).intValue();
        return new BoundaryReport(read, loaded, others, without);
    }

    /** Stores one checked geometry unless PostGIS finds it invalid (a ring that crosses itself, say). */
    private boolean store(String code, JsonNode geometry, String at, List<FieldError> errors) {
        String json = geometry.toString();
        String reason = (String) em.createNativeQuery("SELECT ST_IsValidReason(ST_GeomFromGeoJSON(?1))").setParameter(1, json)
                .getSingleResult();
        if (!"Valid Geometry".equals(reason)) {
            errors.add(new FieldError(at + ".geometry", "is not a valid polygon: " + reason));
            return false;
        }
        em.createNativeQuery("UPDATE neighbourhood SET boundary = ST_Multi(ST_GeomFromGeoJSON(?1))::geography, updated_at = now()"
                + " WHERE code = ?2").setParameter(1, json).setParameter(2, code).executeUpdate();
        return true;
    }

    private int[] upsert(UUID placeId, String edition, List<IodCsv.Row> rows) {
        if (rows.isEmpty()) {
            return new int[] { 0, 0 };
        }
        // A code that already belongs to another place is an error, not a silent move.
        @SuppressWarnings("unchecked")
        List<String> elsewhere = em.createNativeQuery(
                "SELECT code FROM neighbourhood WHERE code = ANY(?1) AND place_id <> ?2 ORDER BY code")
                .setParameter(1, rows.stream().map(IodCsv.Row::code).toArray(String[]::new)).setParameter(2, placeId)
                .getResultList();
        if (!elsewhere.isEmpty()) {
            throw ProblemException.invalid(elsewhere.stream().limit(MAX_LISTED_ERRORS)
                    .map(c -> new FieldError("rows", c + " already belongs to another place")).toList());
        }
        int created = 0;
        int updated = 0;
        for (IodCsv.Row r : rows) {
            Object inserted = em.createNativeQuery("""
                    INSERT INTO neighbourhood (code, place_id, name, imd_decile, imd_rank, population, iod_edition, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, now())
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, imd_decile = excluded.imd_decile,
                        imd_rank = excluded.imd_rank, population = coalesce(excluded.population, neighbourhood.population),
                        iod_edition = excluded.iod_edition, updated_at = excluded.updated_at
                    RETURNING (xmax = 0)""")
                    .setParameter(1, r.code()).setParameter(2, placeId).setParameter(3, r.name())
                    .setParameter(4, (short) r.decile()).setParameter(5, r.rank()).setParameter(6, r.population())
                    .setParameter(7, edition).getSingleResult();
            if (Boolean.TRUE.equals(inserted)) {
                created++;
            } else {
                updated++;
            }
        }
        return new int[] { created, updated };
    }
}
