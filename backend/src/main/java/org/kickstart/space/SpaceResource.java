package org.kickstart.space;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;

/** HTTP for spaces: JSON pages, the same list as GeoJSON, lifecycle changes and a place's pipeline. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpaceResource {

    static final String GEOJSON = "application/geo+json";

    public record StatusInput(@NotNull Vocab.Status status, @Size(max = 1000) String note) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SpaceService service;

    /**
     * JSON by default; an RFC 7946 FeatureCollection when the client prefers application/geo+json
     * (GIS tools ask for it, browsers and most clients do not).
     */
    @GET
    @Path("spaces")
    @Produces({ MediaType.APPLICATION_JSON, GEOJSON })
    public Response list(@QueryParam("place") String place, @QueryParam("neighbourhood") String neighbourhood,
            @QueryParam("kind") String kind, @QueryParam("mode") String mode, @QueryParam("status") String status,
            @QueryParam("feature") List<String> features, @QueryParam("q") String q, @QueryParam("near") String near,
            @QueryParam("radius") String radius, @QueryParam("bbox") String bbox, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @Context UriInfo uri, @Context HttpHeaders headers) {
        SpaceQuery query = SpaceFilters.parse(place, neighbourhood, kind, mode, status, features, q, near, radius, bbox);
        if (wantsGeoJson(headers)) {
            return geojson(query, limit, cursor, uri);
        }
        if (limit != null && parseInt(limit) > PageRequest.MAX_LIMIT && parseInt(limit) <= 10_000) {
            throw ProblemException.invalid("limit", "must be from 1 to 200 for JSON; ask for application/geo+json for up to 10000");
        }
        return PageRequest.ok(service.list(query, PageRequest.of(limit, cursor)), uri);
    }

    private static boolean wantsGeoJson(HttpHeaders headers) {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isWildcardType() || m.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !m.isWildcardSubtype()) {
                return false;
            }
            if ("geo+json".equals(m.getSubtype())) {
                return true;
            }
        }
        return false;
    }

    private Response geojson(SpaceQuery query, String limit, String cursor, UriInfo uri) {
        int n = limit == null ? 1000 : parseInt(limit);
        if (n < 1 || n > 10_000) {
            throw ProblemException.invalid("limit", "must be a whole number from 1 to 10000 for GeoJSON");
        }
        Page<SpaceResponse> page = service.list(query, new PageRequest(n, PageRequest.of(null, cursor).after()));
        // Built as a tree so that a virtual space's "geometry": null is written, as RFC 7946 requires.
        ObjectNode collection = JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (SpaceResponse s : page.items()) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", s.id().toString());
            if (s.location() == null) {
                feature.putNull("geometry");
            } else {
                ObjectNode point = feature.putObject("geometry");
                point.put("type", "Point");
                point.putArray("coordinates").add(s.location().lon()).add(s.location().lat());
            }
            feature.set("properties", JSON.valueToTree(properties(s)));
        }
        if (page.nextCursor() != null) {
            collection.put("nextCursor", page.nextCursor());
        }
        Response.ResponseBuilder ok = Response.ok(collection, GEOJSON);
        if (page.nextCursor() != null) {
            ok.header("Link", PageRequest.nextLink(page.nextCursor(), uri));
        }
        return ok.build();
    }

    @POST
    @Path("spaces")
    public Response create(@NotNull @Valid SpaceInput input) {
        SpaceResponse s = service.create(input);
        return Response.created(URI.create("/api/v1/spaces/" + s.id())).entity(s).tag(Etags.of(s.version())).build();
    }

    @GET
    @Path("spaces/{spaceId}")
    public Response get(@PathParam("spaceId") UUID id) {
        SpaceResponse s = service.get(id);
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @PUT
    @Path("spaces/{spaceId}")
    public Response update(@PathParam("spaceId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid SpaceInput input) {
        SpaceResponse s = service.update(id, ifMatch, input);
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @DELETE
    @Path("spaces/{spaceId}")
    public Response delete(@PathParam("spaceId") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("spaces/{spaceId}/status")
    public Response changeStatus(@PathParam("spaceId") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StatusInput input) {
        SpaceResponse s = service.changeStatus(id, ifMatch, input.status(), input.note());
        return Response.ok(s).tag(Etags.of(s.version())).build();
    }

    @GET
    @Path("places/{placeId}/pipeline")
    public Map<String, Object> pipeline(@PathParam("placeId") UUID placeId) {
        return service.pipeline(placeId);
    }

    private static Map<String, Object> properties(SpaceResponse s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", s.name());
        p.put("placeId", s.placeId().toString());
        p.put("kind", s.kind());
        p.put("mode", s.mode());
        p.put("status", s.status());
        put(p, "neighbourhoodCode", s.neighbourhoodCode());
        put(p, "address", s.address());
        put(p, "postcode", s.postcode());
        put(p, "url", s.url());
        put(p, "platform", s.platform());
        put(p, "cost", s.cost());
        put(p, "capacity", s.capacity());
        p.put("accessibility", s.accessibility());
        p.put("welcome", s.welcome());
        p.put("languages", s.languages());
        put(p, "description", s.description());
        put(p, "distanceMetres", s.distanceMetres());
        p.put("updatedAt", s.updatedAt().toString());
        return p;
    }

    private static void put(Map<String, Object> p, String k, Object v) {
        if (v != null) {
            p.put(k, v);
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
