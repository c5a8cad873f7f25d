package dk.virkning.api.report;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.portfolio.PortfolioData;
import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.batch.report.portfolio.PortfolioLoader;
import dk.virkning.batch.report.portfolio.PortfolioRepository;
import dk.virkning.batch.report.project.ProjectReportLoader;
import dk.virkning.batch.report.RenderedReport;
import dk.virkning.batch.report.project.ReportDataRepository;
import dk.virkning.batch.report.job.ReportGenerator;
import dk.virkning.batch.report.pdf.ReportLanguage;
import dk.virkning.batch.report.ReportRepository;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.core.access.Caller;
import dk.virkning.core.audit.AuditLog;
import dk.virkning.core.grant.FundingAccess;
import dk.virkning.core.grant.GrantPool;
import dk.virkning.core.grant.GrantService;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for a user (docs/privacy.md, who sees what; docs/reports.md). A project's staff get the full report of their own projects; a
 * FUNDER (or ORG_ADMIN) of a pool that funds the project gets the funder edition, with every cell
 * of fewer than five participants shown as "&lt;5"; anyone else gets 404, and a platform
 * administrator 403. A pool's portfolio is for the FUNDER and ORG_ADMIN users of the organisation
 * that owns the pool (other members see the pool but get 403).
 * The stored report is served when it is newer than the results it shows; otherwise the report is
 * rendered on demand. Every download is written to the audit log.
 */
@Service
class ReportService {

    /** A PDF to send: its bytes, a file name in the report's language, and its SHA-256. */
    record ReportFile(byte[] bytes, String fileName, String sha256, boolean fromStore) {
    }

    private final ReportDataRepository data;
    private final ReportRepository reports;
    private final PortfolioRepository portfolios;
    private final ProjectReportLoader projectLoader;
    private final PortfolioLoader portfolioLoader;
    private final ReportGenerator generator;
    private final FundingAccess fundingAccess;
    private final GrantService grants;
    private final AuditLog auditLog;

    ReportService(ReportDataRepository data, ReportRepository reports, PortfolioRepository portfolios,
            ProjectReportLoader projectLoader, PortfolioLoader portfolioLoader, ReportGenerator generator,
            FundingAccess fundingAccess, GrantService grants, AuditLog auditLog) {
        this.data = data;
        this.reports = reports;
        this.portfolios = portfolios;
        this.projectLoader = projectLoader;
        this.portfolioLoader = portfolioLoader;
        this.generator = generator;
        this.fundingAccess = fundingAccess;
        this.grants = grants;
        this.auditLog = auditLog;
    }

    @Transactional
    ReportFile project(Caller caller, long projectId, String lang) {
        ReportLanguage language = language(lang);
        Long organisation = data.organisationOf(projectId).orElse(null);
        Audience audience;
        if (organisation != null && caller.isStaffOf(organisation)) {
            audience = Audience.STAFF;
        } else if (organisation != null && fundingAccess.funds(caller, projectId)) {
            audience = Audience.FUNDER;
        } else if (caller.platformAdmin()) {
            throw new ForbiddenException("Platform administrators see no project reports of organisations where they"
                    + " are not STAFF, ORG_ADMIN or a funder.");
        } else {
            throw new NotFoundException("Project", projectId);
        }
        Optional<ReportRepository.Stored> stored = reports.find(RenderedReport.PROJECT, projectId, organisation,
                language.code(), audience.name(), "{}");
        Optional<OffsetDateTime> changed = data.lastComputed(projectId, organisation);
        ReportFile file;
        String title = projectLoader.title(projectId, organisation);
        if (stored.isPresent() && fresh(stored.get(), changed)) {
            file = new ReportFile(stored.get().bytes(), fileName(language, "project.kind", title), stored.get().sha256(), true);
        } else {
            RenderedReport rendered = generator.project(projectLoader.load(projectId, organisation, audience), language,
                    audience);
            file = new ReportFile(rendered.bytes(), fileName(language, "project.kind", title), rendered.sha256(), false);
        }
        auditLog.record(caller, organisation, "REPORT_READ", "PROJECT", String.valueOf(projectId),
                Map.of("language", language.code(), "audience", audience.name(), "sha256", file.sha256()));
        return file;
    }

    @Transactional
    ReportFile portfolio(Caller caller, long poolId, String lang, PortfolioFilter filter) {
        ReportLanguage language = language(lang);
        GrantPool pool = grants.poolForPortfolio(caller, poolId);
        Optional<ReportRepository.Stored> stored = reports.find(RenderedReport.PORTFOLIO, poolId, pool.organisationId(),
                language.code(), Audience.FUNDER.name(), filter.json());
        ReportFile file;
        if (stored.isPresent() && fresh(stored.get(), portfolios.lastComputed(poolId, pool.organisationId()))) {
            file = new ReportFile(stored.get().bytes(), fileName(language, "portfolio.kind", pool.name()),
                    stored.get().sha256(), true);
        } else {
            PortfolioData portfolio = portfolioLoader.load(poolId, filter)
                    .orElseThrow(() -> new NotFoundException("Grant pool", poolId));
            RenderedReport rendered = generator.portfolio(portfolio, language);
            file = new ReportFile(rendered.bytes(), fileName(language, "portfolio.kind", pool.name()), rendered.sha256(),
                    false);
        }
        auditLog.record(caller, pool.organisationId(), "REPORT_READ", "GRANT_POOL", String.valueOf(poolId),
                Map.of("language", language.code(), "filters", filter.json(), "sha256", file.sha256()));
        return file;
    }

    private static boolean fresh(ReportRepository.Stored stored, Optional<OffsetDateTime> changed) {
        return changed.isEmpty() || !stored.createdAt().isBefore(changed.get());
    }

    private static ReportLanguage language(String lang) {
        return ReportLanguage.of(lang).orElseThrow(() -> new InvalidInputException(InputProblem.field("lang",
                "UNKNOWN_VALUE", "lang must be da or en, not '" + lang + "'.")));
    }

    /** "evalueringsrapport-besoegsvenner-paa-oesterbro.pdf": Danish letters spelled out, safe in every browser. */
    static String fileName(ReportLanguage language, String kindKey, String title) {
        String kind = new ReportText(language).get(kindKey);
        return slug(kind) + "-" + slug(title) + ".pdf";
    }

    static String slug(String text) {
        String spelled = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "rapport" : slug;
    }
}
