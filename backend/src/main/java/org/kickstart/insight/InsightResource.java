package org.kickstart.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.Params;
import org.kickstart.common.ProblemException;

/** HTTP for insights: indicators, reach and gaps. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class InsightResource {

    @Inject
    IndicatorService indicators;

    @Inject
    ReachService reach;

    @Inject
    GapService gaps;

    @GET
    @Path("indicators")
    public IndicatorService.Result indicators(@QueryParam("place") String place, @QueryParam("neighbourhood") String neighbourhood,
            @QueryParam("space") String space, @QueryParam("event") String event, @QueryParam("survey") String survey,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("interval") String interval,
            @QueryParam("breakdown") String breakdown, @QueryParam("indicator") List<String> indicator) {
        List<FieldError> errors = new ArrayList<>();
        if (neighbourhood != null && !neighbourhood.matches("^E01[0-9]{6}$")) {
            errors.add(new FieldError("neighbourhood", "must be an LSOA code such as E01010577"));
        }
        IndicatorService.Request q = new IndicatorService.Request(Params.uuid("place", place, errors), neighbourhood, Params.uuid("space", space, errors),
                Params.uuid("event", event, errors), Params.uuid("survey", survey, errors), Params.date("from", from, errors), Params.date("to", to, errors), interval,
                breakdown, indicator == null ? List.of() : indicator);
        IndicatorService.validate(q, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return indicators.indicators(q);
    }

    @GET
    @Path("places/{placeId}/reach")
    public ReachService.Reach reach(@PathParam("placeId") UUID placeId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("interval") String interval) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = Params.date("from", from, errors);
        LocalDate end = Params.date("to", to, errors);
        String unit = interval == null ? "quarter" : interval;
        if (!List.of("month", "quarter", "year").contains(unit)) {
            errors.add(new FieldError("interval", "must be month, quarter or year"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return reach.reach(placeId, start, end, unit);
    }

    @GET
    @Path("places/{placeId}/gaps")
    public GapService.Gaps gaps(@PathParam("placeId") UUID placeId, @QueryParam("radius") String radius) {
        int r = 800;
        if (radius != null) {
            try {
                r = Integer.parseInt(radius.strip());
            } catch (NumberFormatException e) {
                r = -1;
            }
            if (r < 100 || r > 5000) {
                throw ProblemException.invalid("radius", "must be a whole number of metres from 100 to 5000");
            }
        }
        return gaps.gaps(placeId, r);
    }
}
