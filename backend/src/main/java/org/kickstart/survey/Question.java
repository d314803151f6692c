package org.kickstart.survey;

import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A question of the bank (the contract's Question). Its wording and options never change (a
 * database trigger refuses it); only translations are added.
 */
@Entity
@Table(name = "question")
public class Question {
    @Id
    public String code;
    public int version;
    public String replaces;
    public String type;
    public String topic;
    public String source;
    @JsonIgnore
    public int position;
    public String text;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Option> options;
    @Column(name = "min_label")
    public String minLabel;
    @Column(name = "max_label")
    public String maxLabel;
    @Column(name = "max_length")
    public Integer maxLength;
    public String pattern;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Translation> translations;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String code, String label, Integer value, Boolean excludedFromBase) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Translation(String text, Map<String, String> options) {
    }

    public boolean hasOption(String optionCode) {
        return options.stream().anyMatch(o -> o.code().equals(optionCode));
    }

    /** Whether every text residents see has a version in this language (English always has). */
    public boolean translatedInto(String language) {
        if ("en".equals(language)) {
            return true;
        }
        Translation t = translations.get(language);
        return t != null && (options.isEmpty() || t.options() != null && options.stream().allMatch(o -> t.options().containsKey(o.code())));
    }
}
