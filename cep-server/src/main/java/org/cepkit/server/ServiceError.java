package org.cepkit.server;

/** A request the service answers with an error report instead of a validation; it carries no request text. */
final class ServiceError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ServiceError(Problem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
