package org.kickstart.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation that may belong to one or more places' partnerships. */
@Entity
@Table(name = "partner")
public class Partner {
    @Id
    public UUID id;
    public String name;
    public String type;
    public String description;
    public String website;
    @Column(name = "registered_number")
    public String registeredNumber;
    public String address;
    public String postcode;
    @Column(name = "contact_name")
    public String contactName;
    public String email;
    public String phone;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
