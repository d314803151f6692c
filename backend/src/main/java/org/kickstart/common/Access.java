package org.kickstart.common;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may change what where (DESIGN.md, Security model), decided in one place: admins do
 * everything; organisers write only inside the places they organise; analysts and everyone
 * else write nothing. Services call this before they change anything.
 */
@RequestScoped
public class Access {

    @Inject
    SecurityIdentity identity;

    @Inject
    EntityManager em;

    private List<UUID> organised;

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return signedIn() && identity.hasRole("admin");
    }

    public boolean isAnalyst() {
        return signedIn() && identity.hasRole("analyst");
    }

    public boolean isOrganiser() {
        return signedIn() && identity.hasRole("organiser");
    }

    public String subject() {
        // The principal's name may be the username; the stable key is the token's subject.
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getSubject() : null;
    }

    /** The places this caller organises (empty unless they hold the organiser role). */
    @SuppressWarnings("unchecked")
    public List<UUID> organisedPlaces() {
        if (organised == null) {
            organised = !isOrganiser() ? List.of()
                    : em.createNativeQuery("SELECT place_id FROM place_organiser WHERE subject = ?1", UUID.class)
                            .setParameter(1, subject()).getResultList();
        }
        return organised;
    }

    public boolean mayWriteIn(UUID placeId) {
        return isAdmin() || organisedPlaces().contains(placeId);
    }

    public void requireSignedIn() {
        if (!signedIn()) {
            throw new UnauthorizedException();
        }
    }

    public void requireAdmin() {
        requireSignedIn();
        if (!isAdmin()) {
            throw new ForbiddenException();
        }
    }

    /** Admins and organisers (of anywhere): the people who may create shared things such as partners. */
    public void requireAdminOrOrganiser() {
        requireSignedIn();
        if (!isAdmin() && !isOrganiser()) {
            throw new ForbiddenException();
        }
    }

    /** Who may read a place's survey responses: admins, analysts and the place's organisers. */
    public void requireResponseReader(UUID placeId) {
        requireSignedIn();
        if (!isAdmin() && !isAnalyst() && !organisedPlaces().contains(placeId)) {
            throw new ForbiddenException();
        }
    }

    public void requireWriteIn(UUID placeId) {
        requireSignedIn();
        if (!mayWriteIn(placeId)) {
            throw new ForbiddenException();
        }
    }
}
