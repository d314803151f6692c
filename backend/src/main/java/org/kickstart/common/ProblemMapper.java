package org.kickstart.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where errors become RFC 9457 problem+json. No stack trace, exception class
 * name or SQL ever reaches a client; unexpected errors are logged here and answered with a
 * plain 500.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response business(ProblemException e) {
        Response r = respond(e.problem());
        return e.retryAfterSeconds() == null ? r : Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(ProblemException.invalid(errors).problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownProperty(UnrecognizedPropertyException e) {
        return respond(ProblemException.invalid(jsonPath(e), "is not a field this request accepts").problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(InvalidFormatException e) {
        String expected = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return respond(ProblemException.invalid(jsonPath(e), "must be " + expected).problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(Problem.invalid("The request body must be a JSON object.", null));
        }
        String expected = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return respond(ProblemException.invalid(field, "must be " + expected).problem());
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e) {
        return respond(Problem.of("malformed-json", "The request body is not valid JSON", 400,
                "Check the JSON near line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + "."));
    }

    @ServerExceptionMapper(priority = 2)
    public Response otherJson(JsonProcessingException e) {
        return respond(Problem.of("malformed-json", "The request body is not valid JSON", 400, null));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Not allowed", 403, "You do not have permission to do this."));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return respond(ProblemException.preconditionFailed().problem());
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e) {
        return respond(Problem.of("conflict", "Conflict", 409, "The change conflicts with existing data."));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
            return respond(Problem.of("internal", "Something went wrong", status, "The error has been logged."));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not support that method.";
            case 406 -> "None of the media types in Accept can be produced here.";
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
        String kind = title.toLowerCase().replace(' ', '-');
        return respond(Problem.of(kind, title, status, detail));
    }

    @ServerExceptionMapper(priority = 10000)
    public Response unexpected(Throwable e) {
        // JSON errors can arrive wrapped; unwrap once before giving up.
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        LOG.error("Unexpected error", e);
        return respond(Problem.of("internal", "Something went wrong", 500, "The error has been logged."));
    }

    private Response json(JsonProcessingException m) {
        if (m instanceof JsonParseException p) {
            return malformed(p);
        }
        if (m instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u);
        }
        if (m instanceof InvalidFormatException i) {
            return wrongType(i);
        }
        if (m instanceof MismatchedInputException mi) {
            return mismatched(mi);
        }
        return otherJson(m);
    }

    private Response unauthenticated() {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthorized", "Sign-in required", 401, "Sign in, or send a valid access token."))
                .build();
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "create.input.location.lat" → "location.lat"; "list.limit" → "limit". */
    static String fieldOf(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    names.clear();
                    names.add(node.getName());
                }
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        // A parameter that is a request body has its own name first; drop it when fields follow.
        if (names.size() > 1 && BODY_NAMES.contains(names.get(0))) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static final java.util.Set<String> BODY_NAMES = java.util.Set.of("input", "body", "request");

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date or time in ISO 8601 form";
        }
        return "an object";
    }
}
