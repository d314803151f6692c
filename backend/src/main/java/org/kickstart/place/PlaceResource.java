package org.kickstart.place;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.Etags;
import org.kickstart.common.PageRequest;

/** HTTP for places; rules live in {@link PlaceService}. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaceResource {

    @Inject
    PlaceService service;

    @GET
    @Path("places")
    public Response list(@QueryParam("slug") String slug, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageRequest.ok(service.list(slug, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("places/{placeId}")
    public Response get(@PathParam("placeId") UUID id) {
        PlaceResponse place = service.get(id);
        return Response.ok(place).tag(Etags.of(place.version())).build();
    }

    @POST
    @Path("places")
    @RolesAllowed("admin")
    public Response create(@NotNull @Valid PlaceInput input) {
        PlaceResponse place = service.create(input);
        return Response.created(URI.create("/api/v1/places/" + place.id())).entity(place)
                .tag(Etags.of(place.version())).build();
    }

    @PUT
    @Path("places/{placeId}")
    @RolesAllowed("admin")
    public Response update(@PathParam("placeId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlaceInput input) {
        PlaceResponse place = service.update(id, ifMatch, input);
        return Response.ok(place).tag(Etags.of(place.version())).build();
    }

    @DELETE
    @Path("places/{placeId}")
    @RolesAllowed("admin")
    public Response delete(@PathParam("placeId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
