package org.kickstart.common;

import java.util.List;

/**
 * A business error with a known HTTP meaning. Services throw these; {@link ProblemMapper}
 * turns them into problem+json. Factories name the situations the API documents.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds for a Retry-After header, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException gone(String title, String detail) {
        return new ProblemException(Problem.of("gone", title, 410, detail));
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds) {
        return new ProblemException(Problem.of("rate-limited", "Too many requests", 429,
                "Too many requests from your connection. Please wait " + retryAfterSeconds
                        + (retryAfterSeconds == 1 ? " second" : " seconds") + " and try again."), retryAfterSeconds);
    }

    public static ProblemException idempotencyKeyReused() {
        return new ProblemException(Problem.of("idempotency-key-reused", "Idempotency key already used", 422,
                "This Idempotency-Key was sent before with a different body. Use a new key for a new request."));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of("not-found", "Not found", 404, "There is no " + what + "."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of("conflict", "Conflict", 409, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of("forbidden", "Not allowed", 403, detail));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.invalid("1 field needs attention.", List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field needs attention." : errors.size() + " fields need attention.";
        return new ProblemException(Problem.invalid(detail, errors));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of("precondition-required", "If-Match required", 428,
                "Send the ETag you last read in an If-Match header, so that changes made by others are not overwritten."));
    }

    public static ProblemException preconditionFailed() {
        return new ProblemException(Problem.of("precondition-failed", "The resource has changed", 412,
                "Someone else changed this since you read it. Reload it and try again."));
    }
}
