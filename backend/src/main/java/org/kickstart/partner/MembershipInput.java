package org.kickstart.partner;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a client sends to add a partner to a partnership or change its membership. */
public record MembershipInput(@NotNull Role role, Set<@NotNull Commitment> commitments,
        @Size(max = 1000) String commitmentNote, LocalDate joinedOn, @NotNull Status status) {

    public enum Role {
        LEAD, CORE, SUPPORTING;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Commitment {
        OFFERS_SPACE, FUNDING, VOLUNTEERS, PROMOTION, EXPERTISE, DATA, OTHER;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }

        @Override
        public String toString() {
            return code();
        }
    }

    public enum Status {
        ACTIVE, LEFT;

        @JsonValue
        public String code() {
            return name().toLowerCase();
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
