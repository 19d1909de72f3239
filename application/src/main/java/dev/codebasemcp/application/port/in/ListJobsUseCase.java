package dev.codebasemcp.application.port.in;

import java.util.List;

/** Lists jobs, newest first. */
public interface ListJobsUseCase {

    /** @throws dev.codebasemcp.domain.InvalidInputException for a bad filter or limit */
    List<JobReport> list(ListJobsQuery query);
}
