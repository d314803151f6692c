package org.kickstart.me;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in caller, as the verified access token describes them. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final List<String> KNOWN_ROLES = List.of("admin", "organiser", "analyst");

    public record Me(String subject, String username, String name, String email, List<String> roles) {
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    public Me me() {
        Set<String> roles = identity.getRoles();
        return new Me(token.getSubject(), token.getClaim("preferred_username"), token.getClaim("name"),
                token.getClaim("email"), KNOWN_ROLES.stream().filter(roles::contains).toList());
    }
}
