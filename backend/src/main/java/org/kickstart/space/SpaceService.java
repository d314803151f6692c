package org.kickstart.space;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.kickstart.common.Access;
import org.kickstart.common.Etags;
import org.kickstart.common.Page;
import org.kickstart.common.PageRequest;
import org.kickstart.common.Postcodes;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;
import org.kickstart.place.PlaceRepository;

/** Spaces: where they are, what they offer, and their path from idea to opening. */
@ApplicationScoped
public class SpaceService {

    /** The United Kingdom's extent, generously: Scilly to Shetland, Northern Ireland to Lowestoft. */
    static final double MIN_LAT = 49.8, MAX_LAT = 60.9, MIN_LON = -8.7, MAX_LON = 1.8;

    /** The lifecycle: forward one stage, drop a plan (→ closed), or reopen a closed space. */
    static final Map<String, Set<String>> MOVES = Map.of(
            "idea", Set.of("planned", "closed"),
            "planned", Set.of("in_development", "closed"),
            "in_development", Set.of("open", "closed"),
            "open", Set.of("closed"),
            "closed", Set.of("open"));

    @Inject
    SpaceRepository spaces;

    @Inject
    EntityManager em;

    @Inject
    Access access;

    @Inject
    PlaceRepository places;

    @Inject
    JsonWebToken token;


    public Page<SpaceResponse> list(SpaceQuery query, PageRequest page) {
        List<SpaceRepository.Hit> hits = spaces.search(query, page.expectKeys(2));
        List<SpaceRepository.Hit> shown = hits.size() > page.limit() ? hits.subList(0, page.limit()) : hits;
        List<SpaceResponse> items = shown.stream().map(h -> SpaceResponse.of(h.space(), h.distance(), null)).toList();
        String next = null;
        if (hits.size() > page.limit()) {
            SpaceRepository.Hit last = shown.get(shown.size() - 1);
            next = PageRequest.encode(List.of(query.near() ? Double.toString(last.distance()) : last.space().name,
                    last.space().id.toString()));
        }
        return new Page<>(items, next);
    }

    public SpaceResponse get(UUID id) {
        Space s = find(id);
        return SpaceResponse.of(s, null, history(id));
    }

    public Map<String, Object> pipeline(UUID placeId) {
        places.require(placeId);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (Vocab.Status s : Vocab.Status.values()) {
            byStatus.put(s.code(), 0);
        }
        Map<String, Integer> byMode = new LinkedHashMap<>();
        for (Vocab.Mode m : Vocab.Mode.values()) {
            byMode.put(m.code(), 0);
        }
        int total = 0;
        for (Object[] row : spaces.pipeline(placeId)) {
            String key = (String) row[0];
            int n = ((Number) row[1]).intValue();
            if (key.startsWith("s:")) {
                byStatus.put(key.substring(2), n);
                total += n;
            } else {
                byMode.put(key.substring(2), n);
            }
        }
        return Map.of("byStatus", byStatus, "byMode", byMode, "total", total);
    }

    @Transactional
    public SpaceResponse create(SpaceInput in) {
        access.requireSignedIn();
        if (places.findByIdOptional(in.placeId()).isEmpty()) {
            throw ProblemException.invalid("placeId", "is not a place");
        }
        access.requireWriteIn(in.placeId());
        validate(in);
        Space s = new Space();
        s.id = UUID.randomUUID();
        s.placeId = in.placeId();
        s.createdAt = now();
        s.status = in.status() == null ? "idea" : in.status().code();
        apply(s, in);
        spaces.persist(s);
        record(s.id, null, s.status, "Added");
        spaces.flush();
        return SpaceResponse.of(s, null, history(s.id));
    }

    @Transactional
    public SpaceResponse update(UUID id, String ifMatch, SpaceInput in) {
        Space s = find(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        if (!s.placeId.equals(in.placeId())) {
            throw ProblemException.invalid("placeId", "cannot change: a space stays in its place");
        }
        if (in.status() != null && !in.status().code().equals(s.status)) {
            throw ProblemException.conflict("Change the status with POST /api/v1/spaces/" + id + "/status, so it is kept in the history.");
        }
        validate(in);
        apply(s, in);
        spaces.flush();
        return SpaceResponse.of(s, null, history(id));
    }

    @Transactional
    public SpaceResponse changeStatus(UUID id, String ifMatch, Vocab.Status to, String note) {
        Space s = find(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        String target = to.code();
        if (!MOVES.get(s.status).contains(target)) {
            throw ProblemException.conflict("A space cannot go from " + s.status.replace('_', ' ') + " to "
                    + target.replace('_', ' ') + ". From " + s.status.replace('_', ' ') + " it can go to: "
                    + String.join(", ", MOVES.get(s.status).stream().sorted().map(m -> m.replace('_', ' ')).toList()) + ".");
        }
        String from = s.status;
        s.status = target;
        s.updatedAt = now();
        record(id, from, target, note);
        spaces.flush();
        return SpaceResponse.of(s, null, history(id));
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Space s = find(id);
        access.requireWriteIn(s.placeId);
        Etags.require(ifMatch, s.version);
        long events = ((Number) em.createNativeQuery("SELECT count(*) FROM event WHERE space_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue();
        if (events > 0) {
            throw ProblemException.conflict(s.name + " has " + events + (events == 1 ? " event" : " events")
                    + ". Move or delete them first, or close the space instead.");
        }
        spaces.delete(s);
        spaces.flush();
    }

    /** The rules that need more than one field, or the database. All problems are reported together. */
    private void validate(SpaceInput in) {
        List<FieldError> errors = new ArrayList<>();
        boolean physical = in.mode() != Vocab.Mode.VIRTUAL;
        boolean online = in.mode() != Vocab.Mode.PHYSICAL;
        if (physical && in.location() == null) {
            errors.add(new FieldError("location", "is required for a " + in.mode() + " space"));
        }
        if (in.location() != null && in.location().lat() != null && in.location().lon() != null) {
            double lat = in.location().lat();
            double lon = in.location().lon();
            if (lat < MIN_LAT || lat > MAX_LAT) {
                errors.add(new FieldError("location.lat", "must be inside the United Kingdom (" + MIN_LAT + " to " + MAX_LAT + ")"));
            }
            if (lon < MIN_LON || lon > MAX_LON) {
                errors.add(new FieldError("location.lon", "must be inside the United Kingdom (" + MIN_LON + " to " + MAX_LON + ")"));
            }
        }
        if (online && blank(in.url())) {
            errors.add(new FieldError("url", "is required for a " + in.mode() + " space: where people join online"));
        }
        if (online && blank(in.platform())) {
            errors.add(new FieldError("platform", "is required for a " + in.mode() + " space, e.g. Zoom or WhatsApp"));
        }
        if (in.neighbourhoodCode() != null) {
            Object place = em.createNativeQuery("SELECT place_id FROM neighbourhood WHERE code = ?1")
                    .setParameter(1, in.neighbourhoodCode()).getResultStream().findFirst().orElse(null);
            if (!Objects.equals(place, in.placeId())) {
                errors.add(new FieldError("neighbourhoodCode", "is not a neighbourhood of this place"));
            }
        }
        if (in.managingPartnerId() != null && em.createNativeQuery("SELECT 1 FROM partner WHERE id = ?1")
                .setParameter(1, in.managingPartnerId()).getResultList().isEmpty()) {
            errors.add(new FieldError("managingPartnerId", "is not a partner"));
        }
        if (in.openingHours() != null && in.openingHours().periods() != null) {
            List<SpaceInput.Period> periods = in.openingHours().periods();
            for (int i = 0; i < periods.size(); i++) {
                SpaceInput.Period p = periods.get(i);
                if (p != null && p.opens() != null && p.closes() != null && p.opens().matches("\\d\\d:\\d\\d")
                        && !"24:00".equals(p.closes()) && p.closes().matches("\\d\\d:\\d\\d")
                        && !LocalTime.parse(p.closes()).isAfter(LocalTime.parse(p.opens()))) {
                    errors.add(new FieldError("openingHours.periods[" + i + "].closes", "must be after the opening time"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Space s, SpaceInput in) {
        s.neighbourhoodCode = in.neighbourhoodCode();
        s.name = in.name().strip();
        s.kind = in.kind().code();
        s.mode = in.mode().code();
        s.address = trim(in.address());
        s.postcode = Postcodes.normalise(trim(in.postcode()));
        s.lat = in.location() == null ? null : in.location().lat();
        s.lon = in.location() == null ? null : in.location().lon();
        boolean online = in.mode() != Vocab.Mode.PHYSICAL;
        s.url = online ? trim(in.url()) : null;
        s.platform = online ? trim(in.platform()) : null;
        s.managingPartnerId = in.managingPartnerId();
        s.capacity = in.capacity();
        s.cost = in.cost() == null ? null : in.cost().code();
        s.openingHours = in.openingHours();
        s.features = Stream.concat(
                in.accessibility() == null ? Stream.empty() : in.accessibility().stream().map(Vocab.Accessibility::code),
                in.welcome() == null ? Stream.empty() : in.welcome().stream().map(Vocab.Welcome::code)).sorted()
                .toArray(String[]::new);
        s.languages = in.languages() == null ? new String[0] : in.languages().stream().sorted().toArray(String[]::new);
        s.description = trim(in.description());
        s.updatedAt = now();
    }

    private void record(UUID spaceId, String from, String to, String note) {
        StatusChange c = new StatusChange();
        c.spaceId = spaceId;
        c.fromStatus = from;
        c.toStatus = to;
        c.at = now();
        c.bySubject = access.subject();
        c.byUsername = token.getClaim("preferred_username");
        c.note = trim(note);
        em.persist(c);
    }

    private List<SpaceResponse.History> history(UUID id) {
        return spaces.history(id).stream().map(SpaceResponse.History::of).toList();
    }

    private Space find(UUID id) {
        return spaces.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("space with that id"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
