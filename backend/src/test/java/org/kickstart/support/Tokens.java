package org.kickstart.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;

/**
 * Signed access tokens shaped like the kickstart realm's: subject, preferred_username, the
 * kickstart-api audience and realm_access.roles. The test OIDC server publishes the public key.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "kickstart-api";

    public enum Person {
        ADMIN("11111111-1111-4111-8111-111111111111", "admin", "admin"),
        ORGANISER_CALDERDALE("22222222-2222-4222-8222-222222222222", "organiser.calderdale", "organiser"),
        ORGANISER_NEWHAM("33333333-3333-4333-8333-333333333333", "organiser.newham", "organiser"),
        ANALYST("44444444-4444-4444-8444-444444444444", "analyst", "analyst"),
        NO_ROLES("55555555-5555-4555-8555-555555555555", "resident", null);

        public final String subject;
        public final String username;
        public final String role;

        Person(String subject, String username, String role) {
            this.subject = subject;
            this.username = username;
            this.role = role;
        }
    }

    private Tokens() {
    }

    public static String token(Person p) {
        return builder(p).sign();
    }

    public static io.smallrye.jwt.build.JwtClaimsBuilder builder(Person p) {
        List<String> roles = p.role == null ? List.of() : List.of(p.role);
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(p.subject)
                .claim("preferred_username", p.username)
                .claim("name", p.username + " (test)")
                .claim("email", p.username + "@example.org")
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(600));
    }
}
