package org.kickstart.organiser;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.PageRequest;

/** HTTP for organiser grants and the list of known users. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class OrganiserResource {

    @Inject
    OrganiserService service;

    @GET
    @Path("users")
    public Response users(@QueryParam("q") String q, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        return PageRequest.ok(service.users(q, PageRequest.of(limit, cursor)), uri);
    }

    @GET
    @Path("places/{placeId}/organisers")
    public Map<String, List<OrganiserService.Organiser>> list(@PathParam("placeId") UUID placeId) {
        return Map.of("items", service.list(placeId));
    }

    @PUT
    @Path("places/{placeId}/organisers/{subject}")
    public Response grant(@PathParam("placeId") UUID placeId, @PathParam("subject") String subject) {
        OrganiserService.Grant grant = service.grant(placeId, subject);
        return Response.status(grant.created() ? 201 : 200).entity(grant.organiser()).build();
    }

    @DELETE
    @Path("places/{placeId}/organisers/{subject}")
    public Response revoke(@PathParam("placeId") UUID placeId, @PathParam("subject") String subject) {
        service.revoke(placeId, subject);
        return Response.noContent().build();
    }
}
