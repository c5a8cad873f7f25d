package dk.virkning.api.result;

import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.result.EconomyView;
import dk.virkning.core.result.EvaluationResultView;
import dk.virkning.core.result.ProjectResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{id}")
@Tag(name = "Results", description = "Effect sizes and well-being economy of a project (small cells suppressed for funders)")
class ResultController {

    private final ProjectResults results;

    ResultController(ProjectResults results) {
        this.results = results;
    }

    @GetMapping("/results")
    @Operation(summary = "Evaluation results per instrument, wave pair, subgroup and analysis")
    List<EvaluationResultView> results(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String instrument, @RequestParam(required = false) String analysis,
            @RequestParam(required = false) String subgroupType) {
        return results.results(caller, id, instrument, analysis, subgroupType);
    }

    @GetMapping("/economy")
    @Operation(summary = "Well-being economy estimates, one per valuation set version")
    List<EconomyView> economy(@AuthenticationPrincipal Caller caller, @PathVariable long id) {
        return results.economy(caller, id);
    }
}
