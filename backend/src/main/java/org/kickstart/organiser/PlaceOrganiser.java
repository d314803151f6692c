package org.kickstart.organiser;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** "User X organises place P". */
@Entity
@Table(name = "place_organiser")
@IdClass(PlaceOrganiser.Key.class)
public class PlaceOrganiser {

    public record Key(UUID placeId, String subject) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "place_id")
    public UUID placeId;
    @Id
    public String subject;
    @Column(name = "granted_at")
    public OffsetDateTime grantedAt;
    @Column(name = "granted_by")
    public String grantedBy;
}
