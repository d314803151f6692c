package org.kickstart.organiser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.kickstart.common.Access;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;
import org.kickstart.place.Place;
import org.kickstart.place.PlaceRepository;

/** Admins decide who organises which place; organisers see their fellow organisers. */
@ApplicationScoped
public class OrganiserService {

    public record Organiser(String subject, String username, String name, String email, OffsetDateTime grantedAt,
            String grantedBy) {
    }

    public record User(String subject, String username, String name, String email, OffsetDateTime lastSeenAt) {
        static User of(AppUser u) {
            return new User(u.subject, u.username, u.name, u.email, u.lastSeenAt);
        }
    }

    public record Grant(Organiser organiser, boolean created) {
    }

    @Inject
    OrganiserRepository repo;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlaceRepository places;

    public Page<User> users(String q, PageRequest page) {
        access.requireAdmin();
        List<User> rows = repo.users(q, page.expectKeys(2)).stream().map(User::of).toList();
        return page.page(rows, u -> List.of(u.username(), u.subject()));
    }

    public List<Organiser> list(UUID placeId) {
        access.requireSignedIn();
        places.require(placeId);
        if (!access.mayWriteIn(placeId)) {
            throw new io.quarkus.security.ForbiddenException();
        }
        return repo.organisersOf(placeId).stream().map(r -> of((PlaceOrganiser) r[0], (AppUser) r[1])).toList();
    }

    @Transactional
    public Grant grant(UUID placeId, String subject) {
        access.requireAdmin();
        places.require(placeId);
        AppUser user = repo.user(subject);
        if (user == null) {
            throw ProblemException.notFound("user with that subject who has signed in");
        }
        PlaceOrganiser existing = repo.findById(new PlaceOrganiser.Key(placeId, subject));
        if (existing != null) {
            return new Grant(of(existing, user), false);
        }
        PlaceOrganiser o = new PlaceOrganiser();
        o.placeId = placeId;
        o.subject = subject;
        o.grantedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        AppUser admin = repo.user(access.subject());
        o.grantedBy = admin == null ? null : admin.username;
        repo.persist(o);
        return new Grant(of(o, user), true);
    }

    @Transactional
    public void revoke(UUID placeId, String subject) {
        access.requireAdmin();
        places.require(placeId);
        if (!repo.deleteById(new PlaceOrganiser.Key(placeId, subject))) {
            throw ProblemException.notFound("organiser with that subject in this place");
        }
    }

    /** Remembers who signed in, so admins can find them by name. */
    @Transactional
    public void seen(String subject, String username, String name, String email) {
        repo.seen(subject, username == null ? subject : username, name, email);
    }

    private static Organiser of(PlaceOrganiser o, AppUser u) {
        return new Organiser(o.subject, u.username, u.name, u.email, o.grantedAt, o.grantedBy);
    }
}
