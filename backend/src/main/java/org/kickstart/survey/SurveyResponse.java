package org.kickstart.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A survey as the API shows it (the contract's Survey; not to be confused with a resident's response). */
public record SurveyResponse(UUID id, UUID placeId, UUID spaceId, UUID eventId, String title, String intro,
        List<Templates.SurveyQuestion> questions, List<String> languages, Map<String, SurveyInput.Text> translations,
        String status, LocalDate opensOn, LocalDate closesOn, String publicToken, long responseCount,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static SurveyResponse of(Survey s, long responses) {
        return new SurveyResponse(s.id, s.placeId, s.spaceId, s.eventId, s.title, s.intro, s.questions,
                Arrays.asList(s.languages), s.translations, s.status, s.opensOn, s.closesOn, s.publicToken, responses,
                s.createdAt, s.updatedAt, s.version);
    }
}
