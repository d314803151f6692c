package org.kickstart.partner;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.kickstart.common.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {

    /** A page in (name, id) order, one extra row to tell whether more follow. */
    public List<Partner> page(UUID place, String type, String q, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (place != null) {
            where.append(" and exists (select 1 from Membership m where m.partnerId = p.id and m.placeId = :place)");
            params.and("place", place);
        }
        if (type != null) {
            where.append(" and p.type = :type");
            params.and("type", type);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(p.name) like :q escape '\\' or lower(coalesce(p.description, '')) like :q escape '\\')");
            params.and("q", "%" + q.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!page.first()) {
            where.append(" and (p.name > :name or (p.name = :name and p.id > :id))");
            params.and("name", page.key(0)).and("id", page.uuidKey(1));
        }
        return find("from Partner p where " + where + " order by p.name, p.id", params).range(0, page.limit()).list();
    }
}
