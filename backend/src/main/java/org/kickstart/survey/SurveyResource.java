package org.kickstart.survey;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.Etags;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;

/** HTTP for surveys and their responses: building, opening, entering, importing, reading and exporting. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    static final String NDJSON = "application/x-ndjson";

    public record StatusInput(@NotNull @jakarta.validation.constraints.Pattern(regexp = "^(draft|open|closed)$",
            message = "must be draft, open or closed") String status) {
    }

    @Inject
    SurveyService surveys;

    @Inject
    ResponseService responses;

    @Inject
    ExportService export;

    @GET
    @Path("surveys")
    public Response list(@QueryParam("place") String place, @QueryParam("status") String status, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        UUID placeId = null;
        if (place != null) {
            try {
                placeId = UUID.fromString(place);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("place", "must be a place id (UUID)");
            }
        }
        if (status != null && !SurveyService.MOVES.containsKey(status)) {
            throw ProblemException.invalid("status", "must be draft, open or closed");
        }
        return PageRequest.ok(surveys.list(placeId, status, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("surveys")
    public Response create(@NotNull @Valid SurveyInput input) {
        SurveyResponse s = surveys.create(input);
        return Response.created(URI.create("/api/v1/surveys/" + s.id())).entity(s).tag(Etags.of(s.version())).build();
    }

    @GET
    @Path("surveys/{surveyId}")
    public Response get(@PathParam("surveyId") UUID id) {
        SurveyResponse s = surveys.get(id);
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @PUT
    @Path("surveys/{surveyId}")
    public Response update(@PathParam("surveyId") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SurveyInput input) {
        SurveyResponse s = surveys.update(id, ifMatch, input);
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @DELETE
    @Path("surveys/{surveyId}")
    public Response delete(@PathParam("surveyId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        surveys.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("surveys/{surveyId}/status")
    public Response changeStatus(@PathParam("surveyId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatusInput input) {
        SurveyResponse s = surveys.changeStatus(id, ifMatch, input.status());
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @GET
    @Path("surveys/{surveyId}/responses")
    public Response responses(@PathParam("surveyId") UUID id, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return PageRequest.ok(responses.list(id, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("surveys/{surveyId}/responses")
    public Response enter(@PathParam("surveyId") UUID id, @NotNull @Valid ResponseService.EnteredInput input) {
        return Response.status(Response.Status.CREATED).entity(responses.enter(id, input)).build();
    }

    @POST
    @Path("surveys/{surveyId}/responses/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public ResponseService.ImportReport importCsv(@PathParam("surveyId") UUID id, InputStream body) {
        return responses.importCsv(id, body);
    }

    @GET
    @Path("surveys/{surveyId}/responses/export")
    @Produces({ NDJSON, "text/csv" })
    public Response exportSurvey(@PathParam("surveyId") UUID id, @Context HttpHeaders headers) {
        ExportService.Format f = format(headers);
        return file(export.survey(id, f), f, "survey-" + id);
    }

    @GET
    @Path("places/{placeId}/responses/export")
    @Produces({ NDJSON, "text/csv" })
    public Response exportPlace(@PathParam("placeId") UUID id, @Context HttpHeaders headers) {
        ExportService.Format f = format(headers);
        return file(export.place(id, f), f, "place-" + id);
    }

    private static ExportService.Format format(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if ("text".equals(m.getType()) && "csv".equals(m.getSubtype())) {
                return ExportService.Format.CSV;
            }
            if ("x-ndjson".equals(m.getSubtype()) || m.isWildcardType() || m.isWildcardSubtype()) {
                return ExportService.Format.NDJSON;
            }
        }
        return ExportService.Format.NDJSON;
    }

    private static Response file(jakarta.ws.rs.core.StreamingOutput body, ExportService.Format f, String name) {
        boolean csv = f == ExportService.Format.CSV;
        return Response.ok(body, csv ? "text/csv; charset=utf-8" : NDJSON)
                .header("Content-Disposition", "attachment; filename=\"" + name + (csv ? ".csv" : ".ndjson") + "\"").build();
    }
}
