package dk.virkning.api.job;

import java.util.List;

import dk.virkning.batch.launch.JobLaunches;
import dk.virkning.batch.launch.JobProgress;
import dk.virkning.core.access.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "Jobs", description = "Evaluation, economy and report runs, and their progress")
class JobController {

    private final JobLaunches launches;

    JobController(JobLaunches launches) {
        this.launches = launches;
    }

    record EvaluationRequest(List<Long> projectIds) {
    }

    record Launched(long id) {
    }

    @PostMapping("/evaluation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Evaluate projects (all of yours when projectIds is empty); returns the job execution id")
    Launched evaluation(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) EvaluationRequest request) {
        return new Launched(launches.evaluate(caller, request == null ? List.of() : request.projectIds(), "API"));
    }

    @PostMapping("/economy")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Value the effects of every evaluated project (platform administrators)")
    Launched economy(@AuthenticationPrincipal Caller caller) {
        return new Launched(launches.economy(caller, "API"));
    }

    record ReportRequest(List<Long> projectIds, List<Long> poolIds, List<String> languages) {
    }

    @PostMapping("/report")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Render and store PDF reports: the listed projects and grant pools, or all of yours when both"
            + " are empty; languages da, en or both (default)")
    Launched report(@AuthenticationPrincipal Caller caller, @RequestBody(required = false) ReportRequest request) {
        ReportRequest r = request == null ? new ReportRequest(null, null, null) : request;
        return new Launched(launches.reports(caller, r.projectIds(), r.poolIds(), r.languages(), "API"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status, current step, items done and total of a job execution")
    JobProgress progress(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return launches.progress(caller, id);
    }

    @PostMapping("/{id}/restart")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Restart a failed or crashed execution from its last checkpoint")
    Launched restart(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return new Launched(launches.restart(caller, id));
    }
}
