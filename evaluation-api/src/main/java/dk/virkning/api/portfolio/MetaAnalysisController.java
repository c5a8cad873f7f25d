package dk.virkning.api.portfolio;

import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.core.access.Caller;
import dk.virkning.stats.instrument.InstrumentCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Grant pools")
class MetaAnalysisController {

    private final MetaAnalysisService service;
    private final InstrumentCatalog instruments;

    MetaAnalysisController(MetaAnalysisService service, InstrumentCatalog instruments) {
        this.service = service;
        this.instruments = instruments;
    }

    @GetMapping("/api/v1/grant-pools/{id}/meta-analysis")
    @Operation(summary = "The funded projects' effects pooled by design (controlled apart from uncontrolled), with the"
            + " test of their difference; method REML|DL, test z|knha|adhoc (default adhoc below 20 projects)")
    MetaAnalysisView metaAnalysis(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String instrument, @RequestParam(required = false) String method,
            @RequestParam(required = false) String test, @RequestParam(required = false) String design,
            @RequestParam(required = false) String ageGroup, @RequestParam(required = false) String arena) {
        return service.metaAnalysis(caller, id, PortfolioFilter.of(instruments, instrument, design, ageGroup, arena),
                method, test);
    }
}
