package org.kickstart.partner;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.kickstart.common.Etags;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;

/** HTTP for partners and place partnerships; the rules live in the services. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerService partners;

    @Inject
    PartnershipService partnerships;

    @GET
    @Path("partners")
    public Response list(@QueryParam("place") String place, @QueryParam("type") String type, @QueryParam("q") String q,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        return PageRequest.ok(partners.list(uuidParam("place", place), typeParam(type), q, PageRequest.of(limit, cursor)), uri);
    }

    @POST
    @Path("partners")
    public Response create(@NotNull @Valid PartnerInput input) {
        PartnerResponse p = partners.create(input);
        return Response.created(URI.create("/api/v1/partners/" + p.id())).entity(p).tag(Etags.of(p.version())).build();
    }

    @GET
    @Path("partners/{partnerId}")
    public Response get(@PathParam("partnerId") UUID id) {
        PartnerResponse p = partners.get(id);
        return Response.ok(p).tag(Etags.of(p.version())).build();
    }

    @PUT
    @Path("partners/{partnerId}")
    public Response update(@PathParam("partnerId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PartnerInput input) {
        PartnerResponse p = partners.update(id, ifMatch, input);
        return Response.ok(p).tag(Etags.of(p.version())).build();
    }

    @DELETE
    @Path("partners/{partnerId}")
    public Response delete(@PathParam("partnerId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        partners.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("places/{placeId}/partnership")
    public MembershipResponse.Partnership partnership(@PathParam("placeId") UUID placeId) {
        return partnerships.get(placeId);
    }

    @GET
    @Path("places/{placeId}/partnership/{partnerId}")
    public Response getMembership(@PathParam("placeId") UUID placeId, @PathParam("partnerId") UUID partnerId) {
        MembershipResponse m = partnerships.get(placeId, partnerId);
        return Response.ok(m).tag(Etags.of(m.version())).build();
    }

    @PUT
    @Path("places/{placeId}/partnership/{partnerId}")
    public Response putMembership(@PathParam("placeId") UUID placeId, @PathParam("partnerId") UUID partnerId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid MembershipInput input) {
        PartnershipService.Saved saved = partnerships.put(placeId, partnerId, ifMatch, input);
        return Response.status(saved.created() ? 201 : 200).entity(saved.membership())
                .tag(Etags.of(saved.membership().version())).build();
    }

    @DELETE
    @Path("places/{placeId}/partnership/{partnerId}")
    public Response deleteMembership(@PathParam("placeId") UUID placeId, @PathParam("partnerId") UUID partnerId,
            @HeaderParam("If-Match") String ifMatch) {
        partnerships.delete(placeId, partnerId, ifMatch);
        return Response.noContent().build();
    }

    static UUID uuidParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    static PartnerType typeParam(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartnerType.of(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "must be one of " + java.util.Arrays.toString(PartnerType.values()));
        }
    }
}
