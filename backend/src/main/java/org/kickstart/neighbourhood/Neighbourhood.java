package org.kickstart.neighbourhood;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An LSOA-level neighbourhood of a place, with its deprivation from one IoD edition. */
@Entity
@Table(name = "neighbourhood")
public class Neighbourhood {
    @Id
    public String code;
    @Column(name = "place_id")
    public UUID placeId;
    public String name;
    @Column(name = "imd_decile")
    public short imdDecile;
    @Column(name = "imd_rank")
    public int imdRank;
    public Integer population;
    @Column(name = "iod_edition")
    public String iodEdition;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
