package org.kickstart.neighbourhood;

import java.io.InputStream;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.PageRequest;

/** HTTP for a place's neighbourhoods, their CSV import and their boundaries. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class NeighbourhoodResource {

    @Inject
    NeighbourhoodService service;

    @GET
    @Path("places/{placeId}/neighbourhoods")
    public Response list(@PathParam("placeId") UUID placeId, @QueryParam("q") String q, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        NeighbourhoodService.NeighbourhoodPage page = service.list(placeId, q, PageRequest.of(limit, cursor));
        Response.ResponseBuilder ok = Response.ok(page);
        if (page.nextCursor() != null) {
            ok.header("Link", PageRequest.nextLink(page.nextCursor(), uri));
        }
        return ok.build();
    }

    @POST
    @Path("places/{placeId}/neighbourhoods/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    public NeighbourhoodService.ImportReport importCsv(@PathParam("placeId") UUID placeId,
            @QueryParam("edition") String edition, InputStream body) {
        return service.importCsv(placeId, edition, body);
    }

    @POST
    @Path("places/{placeId}/neighbourhoods/boundaries")
    @Consumes({ "application/geo+json", MediaType.APPLICATION_JSON })
    public NeighbourhoodService.BoundaryReport importBoundaries(@PathParam("placeId") UUID placeId, InputStream body) {
        return service.importBoundaries(placeId, body);
    }
}
