package dk.virkning.api.portfolio;

import java.util.Arrays;
import java.util.List;

import dk.virkning.api.problem.Problems;
import dk.virkning.batch.report.portfolio.PortfolioData;
import dk.virkning.batch.report.portfolio.PortfolioFilter;
import dk.virkning.batch.report.portfolio.PortfolioLoader;
import dk.virkning.core.access.Caller;
import dk.virkning.core.grant.GrantService;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.stats.contract.MetaAnalysisStatistics;
import dk.virkning.stats.contract.SubgroupMetaAnalysisStatistics;
import dk.virkning.stats.describe.Interval;
import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.PooledByDesign;
import dk.virkning.stats.meta.Tau2Method;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pool's meta-analysis for its funder: the same loader and pooling as the portfolio report,
 * so the API and the PDF cannot disagree. Access as the portfolio report: the FUNDER and ORG_ADMIN
 * users of the organisation that owns the pool; other members who see the pool get 403, everybody
 * else 404.
 */
@Service
class MetaAnalysisService {

    private final GrantService grants;
    private final PortfolioLoader loader;

    MetaAnalysisService(GrantService grants, PortfolioLoader loader) {
        this.grants = grants;
        this.loader = loader;
    }

    @Transactional(readOnly = true)
    MetaAnalysisView metaAnalysis(Caller caller, long poolId, PortfolioFilter filter, String method, String test) {
        Tau2Method tau2 = method(method);
        MetaTest metaTest = test(test);
        grants.poolForPortfolio(caller, poolId);
        PortfolioData data = loader.load(poolId, filter, tau2, metaTest)
                .orElseThrow(() -> new NotFoundException("Grant pool", poolId));
        List<MetaAnalysisView.Study> studies = data.pooled().stream().map(MetaAnalysisService::study).toList();
        int projects = data.rows().size();
        int withheld = (int) data.rows().stream().filter(PortfolioData.Row::hidden).count();
        int withoutEffect = projects - withheld - studies.size();
        PooledByDesign.Result pooling = data.pooling();
        if (pooling == null) {
            MetaTest asked = metaTest == null ? PooledByDesign.defaultTest(0) : metaTest;
            return new MetaAnalysisView(poolId, data.instrument(), tau2.name(), asked.code(), projects, withheld,
                    withoutEffect, studies, List.of(), null, null, null, null,
                    "No funded project has an effect to pool yet.");
        }
        SubgroupMetaAnalysisStatistics byDesign = SubgroupMetaAnalysisStatistics.of(pooling.subgroups());
        return new MetaAnalysisView(poolId, data.instrument(), tau2.name(), pooling.test().code(), projects, withheld,
                withoutEffect, studies, byDesign.groups(), byDesign.qm(), byDesign.qmDf(), byDesign.qmP(),
                pooling.headline() == null ? null : MetaAnalysisStatistics.of(pooling.headline()),
                pooling.headline() == null ? "Fewer than " + PooledByDesign.MIN_CONTROLLED + " controlled projects:"
                        + " there is not enough controlled evidence to pool an effect against no initiative." : null);
    }

    private static MetaAnalysisView.Study study(PortfolioData.Row row) {
        PortfolioData.Effect e = row.effect();
        return new MetaAnalysisView.Study(row.project().id(), row.project().title(), row.project().organisationName(),
                row.project().design(), e.controlled() ? PooledByDesign.CONTROLLED : PooledByDesign.UNCONTROLLED,
                e.controlled() ? "d_ppc2" : "smcr", e.g(), e.variance(), new Interval(e.low(), e.high()));
    }

    private static Tau2Method method(String value) {
        if (value == null) {
            return Tau2Method.REML;
        }
        return Arrays.stream(Tau2Method.values()).filter(m -> m.name().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(InputProblem.field("method", "UNKNOWN_VALUE",
                        "method must be REML or DL, not " + Problems.quoted(value) + ".")));
    }

    /** As the command line: z, knha or adhoc; absent means the default for the number of projects. */
    private static MetaTest test(String value) {
        if (value == null) {
            return null;
        }
        return MetaTest.ofCode(value).orElseThrow(() -> new InvalidInputException(InputProblem.field("test", "UNKNOWN_VALUE",
                        "test must be z, knha or adhoc, not " + Problems.quoted(value) + ".")));
    }
}
