package dk.virkning.batch.launch;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.virkning.batch.evaluation.EvaluationJobConfiguration;
import dk.virkning.batch.report.job.ReportJobConfiguration;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.core.grant.FundingAccess;
import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Job launching on behalf of a user: who may start what, and who may follow it. Staff evaluate
 * their own organisations' projects; platform-wide runs are for platform administrators.
 */
@Service
public class JobLaunches {

    public static final String ECONOMY_JOB = "economyJob";
    /** Job parameters are stored in a bounded column; platform-wide runs use the "ALL" scope instead. */
    static final int MAX_LISTED_PROJECTS = 300;

    private final BatchJobs jobs;
    private final JobLaunchRepository launches;

    public JobLaunches(BatchJobs jobs, JobLaunchRepository launches) {
        this.jobs = jobs;
        this.launches = launches;
    }

    /**
     * Evaluates the given projects, or all the caller may evaluate when {@code projectIds} is empty
     * (for a platform administrator: every project). A project the caller does not own is
     * reported as not found.
     */
    public long evaluate(Caller caller, List<Long> projectIds, String trigger) {
        long[] ids = distinct("projectIds", projectIds);
        if (caller.platformAdmin() && ids.length == 0) {
            return startEvaluation(caller.userId(), null, trigger);
        }
        long[] orgs = caller.staffOrganisations();
        if (caller.platformAdmin()) {
            orgs = null;
        } else if (orgs.length == 0) {
            throw new ForbiddenException("Only an organisation's staff can evaluate its projects.");
        }
        if (ids.length > MAX_LISTED_PROJECTS) {
            throw new InvalidInputException(InputProblem.field("projectIds", "TOO_MANY",
                    "At most " + MAX_LISTED_PROJECTS + " projects per request; leave projectIds empty to evaluate all of yours."));
        }
        if (ids.length == 0) {
            ids = launches.projectsOf(orgs);
        } else if (orgs != null && launches.countOwned(ids, orgs) != ids.length) {
            throw new NotFoundException("One or more projects of", Arrays.toString(ids));
        }
        return startEvaluation(caller.userId(), ids, trigger);
    }

    /**
     * Evaluates without a user: after an import, on schedule, from the command line.
     *
     * @param projectIds the projects, or {@code null} for every project
     */
    public long evaluateAsSystem(long[] projectIds, String trigger) {
        return startEvaluation(null, projectIds, trigger);
    }

    public long economy(Caller caller, String trigger) {
        if (!caller.platformAdmin()) {
            throw new ForbiddenException("Platform-wide economy runs are for platform administrators.");
        }
        return economyAsSystem(caller.userId(), trigger);
    }

    public long economyAsSystem(Long userId, String trigger) {
        long id = jobs.start(ECONOMY_JOB, Map.of());
        launches.record(id, ECONOMY_JOB, userId, trigger, new long[0]);
        return id;
    }

    /**
     * Renders and stores reports. With no ids: for a platform administrator every project and pool;
     * for anyone else the projects of the organisations where they are staff and the pools of the
     * organisations where they are FUNDER or ORG_ADMIN (who may read portfolios). Listed ids must be the caller's, or they are reported as not
     * found.
     *
     * @param languages {@code da}, {@code en} or both; empty for both
     */
    public long reports(Caller caller, List<Long> projectIds, List<Long> poolIds, List<String> languages,
            String trigger) {
        long[] projects = distinct("projectIds", projectIds);
        long[] pools = distinct("poolIds", poolIds);
        String chosen = languages(languages);
        if (projects.length + pools.length > MAX_LISTED_PROJECTS) {
            throw new InvalidInputException(InputProblem.field("projectIds", "TOO_MANY", "At most "
                    + MAX_LISTED_PROJECTS + " projects and pools per request; leave both empty for all of yours."));
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ReportJobConfiguration.LANGUAGES, chosen);
        if (projects.length == 0 && pools.length == 0) {
            if (!caller.platformAdmin()) {
                long[] staff = caller.staffOrganisations();
                long[] funders = FundingAccess.funderOrganisations(caller);
                if (staff.length == 0 && funders.length == 0) {
                    throw new ForbiddenException("Only an organisation's staff (projects) and funders (pools) can"
                            + " render its reports.");
                }
                putIfAny(parameters, ReportJobConfiguration.PROJECT_ORGANISATIONS, staff);
                putIfAny(parameters, ReportJobConfiguration.POOL_ORGANISATIONS, funders);
            }
        } else {
            if (!caller.platformAdmin()) {
                if (projects.length > 0 && launches.countOwned(projects, caller.staffOrganisations()) != projects.length) {
                    throw new NotFoundException("One or more projects of", Arrays.toString(projects));
                }
                if (pools.length > 0
                        && launches.countOwnedPools(pools, FundingAccess.funderOrganisations(caller)) != pools.length) {
                    throw new NotFoundException("One or more grant pools of", Arrays.toString(pools));
                }
            }
            putIfAny(parameters, ReportJobConfiguration.PROJECTS, projects);
            putIfAny(parameters, ReportJobConfiguration.POOLS, pools);
        }
        return startReports(caller.userId(), parameters, trigger, projects);
    }

    /** Renders every report in both languages, without a user: on schedule, from the command line, for the demo. */
    public long reportsAsSystem(String trigger) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(ReportJobConfiguration.LANGUAGES, "da,en");
        return startReports(null, parameters, trigger, new long[0]);
    }

    public JobProgress progress(Caller caller, long executionId) {
        if (!caller.platformAdmin() && !launches.launchedBy(executionId).map(id -> id == caller.userId()).orElse(false)) {
            throw new NotFoundException("Job execution", executionId);
        }
        return jobs.progress(executionId);
    }

    public long restart(Caller caller, long executionId) {
        progress(caller, executionId);
        return jobs.restart(executionId);
    }

    private long startReports(Long userId, Map<String, String> parameters, String trigger, long[] projects) {
        long id = jobs.start(ReportJobConfiguration.JOB_NAME, parameters);
        launches.record(id, ReportJobConfiguration.JOB_NAME, userId, trigger, projects);
        return id;
    }

    private static String languages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            return "da,en";
        }
        for (String code : languages) {
            if (code == null || ReportLanguage.of(code).isEmpty()) {
                throw new InvalidInputException(InputProblem.field("languages", "UNKNOWN_VALUE",
                        "languages may hold da and en, nothing else."));
            }
        }
        return languages.stream().map(code -> ReportLanguage.of(code).orElseThrow().code()).distinct()
                .collect(Collectors.joining(","));
    }

    private static long[] distinct(String field, List<Long> ids) {
        if (ids == null) {
            return new long[0];
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null || ids.get(i) <= 0) {
                throw new InvalidInputException(InputProblem.field(field + "." + i, "INVALID_VALUE",
                        field + " holds positive ids; item " + i + " is " + (ids.get(i) == null ? "null" : "not positive") + "."));
            }
        }
        return ids.stream().mapToLong(Long::longValue).distinct().toArray();
    }

    /** An empty list is left out rather than passed as "": the job reads a missing list as "none given". */
    private static void putIfAny(Map<String, String> parameters, String name, long[] ids) {
        if (ids.length > 0) {
            parameters.put(name, Arrays.stream(ids).mapToObj(String::valueOf).collect(Collectors.joining(",")));
        }
    }

    private long startEvaluation(Long userId, long[] projectIds, String trigger) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(EvaluationJobConfiguration.PROJECTS_PARAMETER, projectIds == null
                ? EvaluationJobConfiguration.ALL_PROJECTS
                : Arrays.stream(projectIds).mapToObj(String::valueOf).collect(Collectors.joining(",")));
        long id = jobs.start(EvaluationJobConfiguration.JOB_NAME, parameters);
        launches.record(id, EvaluationJobConfiguration.JOB_NAME, userId, trigger,
                projectIds == null ? new long[0] : projectIds);
        return id;
    }
}
