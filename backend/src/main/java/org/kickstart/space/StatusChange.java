package org.kickstart.space;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a space's lifecycle: who moved it from what to what, when, and why. */
@Entity
@Table(name = "space_status_change")
public class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "from_status")
    public String fromStatus;
    @Column(name = "to_status")
    public String toStatus;
    public OffsetDateTime at;
    @Column(name = "by_subject")
    public String bySubject;
    @Column(name = "by_username")
    public String byUsername;
    public String note;
}
