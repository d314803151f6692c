package org.kickstart.place;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.kickstart.common.Etags;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.ProblemException;

/** Places: the rules (unique slug and GSS code, optimistic concurrency) and the transactions. */
@ApplicationScoped
public class PlaceService {

    @Inject
    PlaceRepository places;

    public Page<PlaceResponse> list(String slug, PageRequest page) {
        List<Place> rows = places.page(slug, page.expectKeys(2));
        return page.page(rows.stream().map(PlaceResponse::of).toList(), p -> List.of(p.name(), p.id().toString()));
    }

    public PlaceResponse get(UUID id) {
        return PlaceResponse.of(find(id));
    }

    @Transactional
    public PlaceResponse create(PlaceInput in) {
        checkUnique(in, null);
        Place p = new Place();
        p.id = UUID.randomUUID();
        p.createdAt = now();
        apply(p, in);
        places.persistAndFlush(p);
        return PlaceResponse.of(p);
    }

    @Transactional
    public PlaceResponse update(UUID id, String ifMatch, PlaceInput in) {
        Place p = find(id);
        Etags.require(ifMatch, p.version);
        checkUnique(in, id);
        apply(p, in);
        places.flush();
        return PlaceResponse.of(p);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Place p = find(id);
        Etags.require(ifMatch, p.version);
        String uses = places.contents(id);
        if (uses != null) {
            throw ProblemException.conflict(p.name + " still has " + uses + ". Remove them first.");
        }
        places.delete(p);
        places.flush();
    }

    private Place find(UUID id) {
        return places.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("place with that id"));
    }

    private void checkUnique(PlaceInput in, UUID self) {
        places.findBySlug(in.slug()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("A place with slug '" + in.slug() + "' already exists.");
        });
        places.findByGssCode(in.gssCode()).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("A place with GSS code " + in.gssCode() + " already exists (" + other.name + ").");
        });
    }

    private static void apply(Place p, PlaceInput in) {
        p.slug = in.slug();
        p.name = in.name().strip();
        p.gssCode = in.gssCode();
        p.region = in.region().strip();
        p.population = in.population();
        p.description = in.description();
        p.updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
