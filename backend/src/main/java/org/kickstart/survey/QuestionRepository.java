package org.kickstart.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The question bank: small (a few dozen rows), read whole. */
@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    /** Every question by code, in bank order. */
    public Map<String, Question> bank() {
        Map<String, Question> out = new LinkedHashMap<>();
        for (Question q : listAll(Sort.by("position").and("code"))) {
            out.put(q.code, q);
        }
        return out;
    }

    /** Whether any response in this language answers this question (so its translation is fixed). */
    public boolean answeredIn(String code, String language) {
        return !getEntityManager().createNativeQuery(
                "SELECT 1 FROM survey_response WHERE language = ?1 AND jsonb_exists(answers, ?2) LIMIT 1")
                .setParameter(1, language).setParameter(2, code).getResultList().isEmpty();
    }

    public List<Question> ordered() {
        return listAll(Sort.by("position").and("code"));
    }
}
