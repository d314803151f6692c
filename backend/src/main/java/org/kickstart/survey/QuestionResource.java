package org.kickstart.survey;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** HTTP for the question bank and the survey templates. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionRepository questions;

    @Inject
    QuestionService service;

    @GET
    @Path("questions")
    public Map<String, List<Question>> list() {
        return Map.of("items", questions.ordered());
    }

    @PUT
    @Path("questions/{code}/translations/{language}")
    public Question translate(@PathParam("code") String code, @PathParam("language") String language,
            @NotNull @Valid QuestionService.TranslationInput input) {
        return service.translate(code, language, input);
    }

    @GET
    @Path("survey-templates")
    public Map<String, List<Templates.Template>> templates() {
        return Map.of("items", Templates.ALL);
    }
}
