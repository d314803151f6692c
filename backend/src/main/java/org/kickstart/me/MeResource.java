package org.kickstart.me;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kickstart.organiser.OrganiserRepository;
import org.kickstart.organiser.OrganiserService;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The signed-in caller, as the verified access token describes them, with the places they
 * organise. Calling it also records the person, so that admins can find them by name.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> KNOWN_ROLES = List.of("admin", "organiser", "analyst");

    public record PlaceRef(UUID id, String slug, String name) {
    }

    public record Me(String subject, String username, String name, String email, List<String> roles,
            List<PlaceRef> organises) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    OrganiserService organisers;

    @Inject
    OrganiserRepository repo;

    @GET
    @Path("me")
    @Authenticated
    public Me me() {
        String username = token.getClaim("preferred_username");
        String name = token.getClaim("name");
        String email = token.getClaim("email");
        organisers.seen(token.getSubject(), username, name, email);
        Set<String> roles = identity.getRoles();
        List<PlaceRef> places = !roles.contains("organiser") ? List.of()
                : repo.placesOrganisedBy(token.getSubject()).stream()
                        .map(r -> new PlaceRef((UUID) r[0], (String) r[1], (String) r[2])).toList();
        return new Me(token.getSubject(), username, name, email, KNOWN_ROLES.stream().filter(roles::contains).toList(), places);
    }
}
