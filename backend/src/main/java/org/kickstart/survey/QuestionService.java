package org.kickstart.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.kickstart.common.Access;
import org.kickstart.common.Problem.FieldError;
import org.kickstart.common.ProblemException;

/** The bank's one change: a question's text in another language, by admins. */
@ApplicationScoped
public class QuestionService {

    /** The contract's QuestionTranslation. */
    public record TranslationInput(@NotBlank @Size(max = 1000) String text, Map<String, @NotBlank @Size(max = 300) String> options) {
    }

    @Inject
    QuestionRepository questions;

    @Inject
    Access access;

    @Transactional
    public Question translate(String code, String language, TranslationInput in) {
        access.requireAdmin();
        Question q = questions.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("question with that code"));
        if ("en".equalsIgnoreCase(language) || language.toLowerCase().startsWith("en-")) {
            throw ProblemException.invalid("language", "English is the question itself and never changes; add a new version instead");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> options = in.options() == null ? Map.of() : in.options();
        for (Question.Option o : q.options) {
            if (!options.containsKey(o.code())) {
                errors.add(new FieldError("options." + o.code(), "needs a label in this language"));
            }
        }
        for (String given : options.keySet()) {
            if (!q.hasOption(given)) {
                errors.add(new FieldError("options." + given, "is not an option of " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Question.Translation now = new Question.Translation(in.text().strip(), q.options.isEmpty() ? null : new TreeMap<>(options));
        if (!now.equals(q.translations.get(language)) && q.translations.containsKey(language) && questions.answeredIn(code, language)) {
            throw ProblemException.conflict("Residents have already answered " + code + " in " + language
                    + ", so its wording in that language cannot change. Add a new version of the question instead.");
        }
        Map<String, Question.Translation> all = new TreeMap<>(q.translations);
        all.put(language, now);
        q.translations = all;
        questions.flush();
        return q;
    }
}
