package org.kickstart.common;

import java.util.List;

/**
 * A business error with a known HTTP meaning. Services throw these; {@link ProblemMapper}
 * turns them into problem+json. Factories name the situations the API documents.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
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
