package dk.virkning.batch.report.job;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.RenderedReport;
import dk.virkning.batch.report.ReportRepository;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.portfolio.PortfolioData;
import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.batch.report.portfolio.PortfolioLoader;
import dk.virkning.batch.report.portfolio.PortfolioRenderer;
import dk.virkning.batch.report.project.ProjectReportData;
import dk.virkning.batch.report.project.ProjectReportLoader;
import dk.virkning.batch.report.project.ProjectReportRenderer;
import dk.virkning.batch.report.project.ReportDataRepository;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.springframework.stereotype.Component;

/**
 * Renders every edition of a target that the report job stores: a project's staff edition, and its
 * funder edition when a grant pool funds it; a pool's portfolio without filters. Each in every
 * requested language.
 */
@Component
public class ReportGenerator {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ReportDataRepository data;
    private final ReportRepository reports;
    private final ProjectReportLoader projects;
    private final PortfolioLoader portfolios;
    private final ProjectReportRenderer projectRenderer;
    private final PortfolioRenderer portfolioRenderer;

    public ReportGenerator(ReportDataRepository data, ReportRepository reports, ProjectReportLoader projects,
            PortfolioLoader portfolios, InstrumentCatalog catalog, ValuationSets valuationSets) {
        this.data = data;
        this.reports = reports;
        this.projects = projects;
        this.portfolios = portfolios;
        this.projectRenderer = new ProjectReportRenderer(catalog, valuationSets);
        this.portfolioRenderer = new PortfolioRenderer(catalog);
    }

    static LocalDate today() {
        return LocalDate.now(DANISH_TIME);
    }

    /** Every stored edition of a target; empty when the target no longer exists. */
    List<RenderedReport> editions(ReportTarget target, List<ReportLanguage> languages) {
        List<RenderedReport> rendered = new ArrayList<>();
        if (target.kind().equals(RenderedReport.PROJECT)) {
            Optional<Long> organisation = data.organisationOf(target.id());
            if (organisation.isEmpty()) {
                return rendered;
            }
            List<Audience> audiences = reports.funded(target.id(), organisation.get())
                    ? List.of(Audience.STAFF, Audience.FUNDER) : List.of(Audience.STAFF);
            for (Audience audience : audiences) {
                ProjectReportData report = projects.load(target.id(), organisation.get(), audience);
                for (ReportLanguage language : languages) {
                    rendered.add(project(report, language, audience));
                }
            }
        } else {
            Optional<PortfolioData> portfolio = portfolios.load(target.id(), PortfolioFilter.NONE);
            for (ReportLanguage language : languages) {
                portfolio.ifPresent(p -> rendered.add(portfolio(p, language)));
            }
        }
        return rendered;
    }

    public RenderedReport project(ProjectReportData report, ReportLanguage language, Audience audience) {
        byte[] bytes = projectRenderer.render(report, language, audience, today());
        return new RenderedReport(RenderedReport.PROJECT, report.project().id(), report.project().organisationId(),
                language, audience, "{}", report.project().title(), bytes);
    }

    public RenderedReport portfolio(PortfolioData portfolio, ReportLanguage language) {
        byte[] bytes = portfolioRenderer.render(portfolio, language, today());
        return new RenderedReport(RenderedReport.PORTFOLIO, portfolio.pool().id(), portfolio.pool().organisationId(),
                language, Audience.FUNDER, portfolio.filter().json(), portfolio.pool().name(), bytes);
    }
}
