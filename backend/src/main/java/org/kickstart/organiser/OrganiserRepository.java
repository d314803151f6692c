package org.kickstart.organiser;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganiserRepository implements PanacheRepositoryBase<PlaceOrganiser, PlaceOrganiser.Key> {

    @Inject
    EntityManager em;

    public List<Object[]> organisersOf(UUID placeId) {
        return em.createQuery("select o, u from PlaceOrganiser o, AppUser u where u.subject = o.subject and o.placeId = :p"
                + " order by u.username", Object[].class).setParameter("p", placeId).getResultList();
    }

    public AppUser user(String subject) {
        return em.find(AppUser.class, subject);
    }

    public List<AppUser> users(String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(u.username) like :q or lower(coalesce(u.name, '')) like :q or lower(coalesce(u.email, '')) like :q)");
        }
        if (!page.first()) {
            where.append(" and (u.username > :k or (u.username = :k and u.subject > :s))");
        }
        var query = em.createQuery("select u from AppUser u where " + where + " order by u.username, u.subject", AppUser.class)
                .setMaxResults(page.limit() + 1);
        if (q != null && !q.isBlank()) {
            query.setParameter("q", "%" + q.strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!page.first()) {
            query.setParameter("k", page.key(0)).setParameter("s", page.key(1));
        }
        return query.getResultList();
    }

    /** Records or refreshes who this person is; called when they sign in. */
    public void seen(String subject, String username, String name, String email) {
        em.createNativeQuery("""
                INSERT INTO app_user (subject, username, name, email, last_seen_at) VALUES (?1, ?2, ?3, ?4, now())
                ON CONFLICT (subject) DO UPDATE SET username = excluded.username, name = excluded.name,
                    email = excluded.email, last_seen_at = excluded.last_seen_at""")
                .setParameter(1, subject).setParameter(2, username).setParameter(3, name).setParameter(4, email)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> placesOrganisedBy(String subject) {
        return em.createNativeQuery("""
                SELECT p.id, p.slug, p.name FROM place_organiser o JOIN place p ON p.id = o.place_id
                WHERE o.subject = ?1 ORDER BY p.name""").setParameter(1, subject).getResultList();
    }
}
