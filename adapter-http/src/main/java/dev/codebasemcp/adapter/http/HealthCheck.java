package dev.codebasemcp.adapter.http;

import java.util.function.Supplier;

/** One thing {@code GET /health} looks at, such as the database or the job worker. */
public interface HealthCheck {

    /** Short name in the health report, for example {@code database}. */
    String name();

    /** Runs the check; an exception counts as down with its message. */
    Result check();

    record Result(boolean up, String detail) {

        public static Result up(String detail) {
            return new Result(true, detail);
        }

        public static Result down(String detail) {
            return new Result(false, detail);
        }
    }

    static HealthCheck of(String name, Supplier<Result> probe) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Result check() {
                return probe.get();
            }
        };
    }
}
