package org.kickstart.survey;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.StreamingOutput;

import org.kickstart.common.Access;
import org.kickstart.place.PlaceRepository;
import org.kickstart.survey.SurveyService.Surveys;
import org.postgresql.PGConnection;

/**
 * Exports responses by letting PostgreSQL write them: {@code COPY (…) TO STDOUT} streams straight
 * into the HTTP response, so memory stays constant and the speed is the database's own. NDJSON
 * lines are built by SQL (json_build_object); CSV has one column per question.
 */
@ApplicationScoped
public class ExportService {

    public enum Format {
        NDJSON, CSV
    }

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Surveys surveys;

    @Inject
    PlaceRepository places;

    public StreamingOutput survey(UUID surveyId, Format format) {
        Survey s = surveys.require(surveyId);
        access.requireResponseReader(s.placeId);
        List<String> codes = s.questions.stream().map(Templates.SurveyQuestion::code).toList();
        return copy(sql("r.survey_id = '" + s.id + "'", codes, format));
    }

    public StreamingOutput place(UUID placeId, Format format) {
        places.require(placeId);
        access.requireResponseReader(placeId);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                SELECT q.code FROM question q WHERE q.code IN (
                    SELECT e->>'code' FROM survey s, jsonb_array_elements(s.questions) e WHERE s.place_id = ?1)
                ORDER BY q.position, q.code""").setParameter(1, placeId).getResultList();
        return copy(sql("r.place_id = '" + placeId + "'", codes, format));
    }

    /**
     * The COPY statement. COPY takes no bind parameters, so only a parsed UUID and question codes
     * (which the bank constrains to ^[a-z][a-z0-9_.]*$) are written into it.
     */
    static String sql(String where, List<String> codes, Format format) {
        String at = "to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
        if (format == Format.NDJSON) {
            // CSV mode with a quote and a delimiter that JSON never contains writes each line exactly as built.
            return "COPY (SELECT json_strip_nulls(json_build_object('id', r.id, 'surveyId', r.survey_id, 'mode', r.mode, 'language', r.language,"
                    + " 'submittedAt', " + at + ", 'neighbourhoodCode', r.neighbourhood_code, 'answers', r.answers))::text"
                    + " FROM survey_response r WHERE " + where + " ORDER BY r.submitted_at, r.id)"
                    + " TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')";
        }
        StringBuilder cols = new StringBuilder("r.id AS response_id, r.survey_id, r.mode, r.language, " + at
                + " AS submitted_at, r.neighbourhood_code AS neighbourhood");
        for (String code : codes) {
            if (!code.matches("^[a-z][a-z0-9_.]*$")) {
                throw new IllegalStateException("unexpected question code " + code);
            }
            // Text that a spreadsheet would run as a formula is prefixed with an apostrophe.
            cols.append(", regexp_replace(r.answers->>'").append(code).append("', '^([=+@\\t\\r-])', '''\\1') AS \"").append(code).append('"');
        }
        return "COPY (SELECT " + cols + " FROM survey_response r WHERE " + where + " ORDER BY r.submitted_at, r.id)"
                + " TO STDOUT WITH (FORMAT csv, HEADER)";
    }

    private StreamingOutput copy(String sql) {
        return out -> {
            try (Connection c = dataSource.getConnection()) {
                c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
            } catch (SQLException e) {
                throw new IOException("export failed", e);
            }
        };
    }
}
