package org.kickstart.survey;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.kickstart.common.ProblemException;

import io.vertx.core.http.HttpServerRequest;

/**
 * What residents use without an account. The client's address is used only, in memory, to
 * rate-limit; it is never stored or logged, and neither is the user agent.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicResource {

    @Inject
    ResponseService responses;

    @Inject
    RateLimiter limiter;

    @GET
    @Path("public/surveys/{token}")
    public ResponseService.PublicForm form(@PathParam("token") String token, @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        if (lang != null && !lang.matches(SurveyInput.LANGUAGE)) {
            throw ProblemException.invalid("lang", SurveyInput.LANGUAGE_MESSAGE);
        }
        return responses.form(token, lang, acceptLanguage);
    }

    @POST
    @Path("public/surveys/{token}/responses")
    public Response submit(@PathParam("token") String token, @HeaderParam("Idempotency-Key") String key,
            @Context HttpServerRequest request, @NotNull @Valid ResponseService.PublicInput input) {
        limiter.take(client(request));
        if (key != null && (key.length() < 8 || key.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 8 to 200 characters, e.g. a UUID");
        }
        return Response.status(Response.Status.CREATED).entity(responses.submit(token, key, input)).build();
    }

    @DELETE
    @Path("public/responses/{receipt}")
    public Response withdraw(@PathParam("receipt") String receipt, @Context HttpServerRequest request) {
        limiter.take(client(request));
        responses.withdraw(receipt);
        return Response.noContent().build();
    }

    private static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
