package org.kickstart.place;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A local area in the programme, e.g. Calderdale (E08000033). */
@Entity
@Table(name = "place")
public class Place {

    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "gss_code")
    public String gssCode;
    public String region;
    public Long population;
    public String description;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
