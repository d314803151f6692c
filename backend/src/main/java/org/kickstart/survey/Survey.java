package org.kickstart.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A survey of a place, optionally about one space or event, answered through its public token. */
@Entity
@Table(name = "survey")
public class Survey {
    @Id
    public UUID id;
    @Column(name = "place_id")
    public UUID placeId;
    @Column(name = "space_id")
    public UUID spaceId;
    @Column(name = "event_id")
    public UUID eventId;
    public String title;
    public String intro;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Templates.SurveyQuestion> questions;
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] languages;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, SurveyInput.Text> translations;
    public String status;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "closes_on")
    public LocalDate closesOn;
    @Column(name = "public_token")
    public String publicToken;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Whether residents can answer it today. */
    public boolean closedOn(LocalDate today) {
        return "closed".equals(status) || closesOn != null && today.isAfter(closesOn);
    }
}
