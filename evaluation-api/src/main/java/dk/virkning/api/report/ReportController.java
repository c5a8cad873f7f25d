package dk.virkning.api.report;

import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.core.access.Caller;
import dk.virkning.stats.instrument.InstrumentCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * PDF reports: a project's evaluation report and a grant pool's portfolio. No {@code produces} on
 * the mappings, so that an error still comes back as an RFC 9457 problem detail in JSON.
 */
@RestController
@Tag(name = "Reports")
class ReportController {

    private final ReportService reports;
    private final InstrumentCatalog instruments;

    ReportController(ReportService reports, InstrumentCatalog instruments) {
        this.reports = reports;
        this.instruments = instruments;
    }

    @GetMapping("/api/v1/projects/{id}/report.pdf")
    @Operation(summary = "The project's evaluation report as PDF (lang=da|en); staff get every cell, a funder of the"
            + " project the edition with cells of n < 5 shown as <5")
    ResponseEntity<byte[]> project(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String lang) {
        return pdf(reports.project(caller, id, lang));
    }

    @GetMapping("/api/v1/grant-pools/{id}/report.pdf")
    @Operation(summary = "The grant pool's portfolio report as PDF, optionally for one instrument, design, target age"
            + " group and arena")
    ResponseEntity<byte[]> portfolio(@AuthenticationPrincipal Caller caller, @PathVariable long id,
            @RequestParam(required = false) String lang, @RequestParam(required = false) String instrument,
            @RequestParam(required = false) String design, @RequestParam(required = false) String ageGroup,
            @RequestParam(required = false) String arena) {
        return pdf(reports.portfolio(caller, id, lang, PortfolioFilter.of(instruments, instrument, design, ageGroup, arena)));
    }

    private static ResponseEntity<byte[]> pdf(ReportService.ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(CacheControl.noStore())
                .body(file.bytes());
    }
}
