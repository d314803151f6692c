package org.kickstart.partner;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner in a place's partnership, with its role and what it brings. */
@Entity
@Table(name = "partnership_membership")
public class Membership {
    @Id
    public UUID id;
    @Column(name = "place_id")
    public UUID placeId;
    @Column(name = "partner_id")
    public UUID partnerId;
    public String role;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] commitments;
    @Column(name = "commitment_note")
    public String commitmentNote;
    @Column(name = "joined_on")
    public LocalDate joinedOn;
    public String status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
