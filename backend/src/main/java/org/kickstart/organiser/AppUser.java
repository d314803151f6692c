package org.kickstart.organiser;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone who has signed in, known by their OIDC subject. */
@Entity
@Table(name = "app_user")
public class AppUser {
    @Id
    public String subject;
    public String username;
    public String name;
    public String email;
    @Column(name = "last_seen_at")
    public OffsetDateTime lastSeenAt;
}
