package dk.virkning.batch.report.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.virkning.batch.report.EconomyFigures;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.AttritionStatistics;
import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.contract.CellStatistics;
import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.PairedStatistics;
import dk.virkning.stats.contract.PointEstimate;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.effectsize.BaselineStandardizedChange;
import dk.virkning.stats.instrument.Direction;
import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.PooledByDesign;
import dk.virkning.stats.meta.Tau2Method;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a pool's portfolio and pools the projects' effects by design (PooledByDesign): each
 * project's change in baseline standard deviations, d_ppc2 for controlled designs and SMCR for the
 * others, each with its exact sampling variance (BaselineStandardizedChange), pooled by REML random
 * effects with Hartung–Knapp (ad hoc) below 20 projects unless the caller chose otherwise.
 */
@Component
public class PortfolioLoader {

    /** The 97.5% normal quantile, for a project's interval y ± 1.96√v as the pooling sees it. */
    private static final double Z95 = 1.959963984540054;

    private final PortfolioRepository portfolios;
    private final InstrumentCatalog catalog;
    private final ValuationSets valuationSets;

    public PortfolioLoader(PortfolioRepository portfolios, InstrumentCatalog catalog, ValuationSets valuationSets) {
        this.portfolios = portfolios;
        this.catalog = catalog;
        this.valuationSets = valuationSets;
    }

    /** The pool's owning organisation, if the pool exists. */
    @Transactional(readOnly = true)
    public Optional<Long> organisationOf(long poolId) {
        return portfolios.pool(poolId).map(PortfolioData.Pool::organisationId);
    }

    /** The portfolio with the default pooling: REML, and the default test for its number of projects. */
    @Transactional(readOnly = true)
    public Optional<PortfolioData> load(long poolId, PortfolioFilter filter) {
        return load(poolId, filter, Tau2Method.REML, null);
    }

    /** The portfolio pooled with the given τ² estimator and test ({@code null}: the default for k). */
    @Transactional(readOnly = true)
    public Optional<PortfolioData> load(long poolId, PortfolioFilter filter, Tau2Method method, MetaTest test) {
        PortfolioData.Pool pool = portfolios.pool(poolId).orElse(null);
        if (pool == null) {
            return Optional.empty();
        }
        List<PortfolioData.Project> projects = portfolios.projects(poolId, pool.organisationId()).stream()
                .filter(filter::admits).toList();
        String instrument = filter.instrument() != null ? filter.instrument() : mostMeasured(projects);
        Instrument definition = catalog.get(instrument);
        Map<Long, List<PortfolioRepository.ResultRow>> results = portfolios.mainResults(poolId, pool.organisationId(),
                instrument).stream().collect(Collectors.groupingBy(PortfolioRepository.ResultRow::projectId));
        Map<Long, PortfolioRepository.EconomyRow> economy = portfolios.economy(poolId, pool.organisationId(),
                valuationSets.current().key()).stream()
                .collect(Collectors.toMap(PortfolioRepository.EconomyRow::projectId, Function.identity()));
        List<PortfolioData.Row> rows = new ArrayList<>();
        for (PortfolioData.Project project : projects) {
            rows.add(row(project, results.getOrDefault(project.id(), List.of()), economy.get(project.id()), definition));
        }
        return Optional.of(new PortfolioData(pool, filter, instrument, rows, pool(rows, method, test)));
    }

    private static PortfolioData.Row row(PortfolioData.Project project, List<PortfolioRepository.ResultRow> results,
            PortfolioRepository.EconomyRow economy, Instrument instrument) {
        Optional<PortfolioRepository.ResultRow> within = find(results, Analysis.WITHIN);
        Optional<PortfolioRepository.ResultRow> between = find(results, Analysis.BETWEEN);
        Optional<PortfolioRepository.ResultRow> attrition = find(results, Analysis.ATTRITION);
        boolean controlled = PortfolioData.controlled(project.design());
        Integer n = within.map(PortfolioRepository.ResultRow::n).orElse(null);
        PortfolioRepository.ResultRow main = controlled ? between.orElse(null) : within.orElse(null);
        boolean hidden = main != null && (main.suppressed() || main.n() < 5);
        PortfolioData.Effect effect = main == null || hidden ? null
                : controlled ? effect((BetweenGroupStatistics) statistics(main), instrument.direction())
                : effect(((WithinGroupStatistics) statistics(main)).paired(), instrument.direction());
        AttritionStatistics attritionStats = attrition.map(r -> (AttritionStatistics) statistics(r)).orElse(null);
        PointEstimate point = economy == null || economy.pointEstimate() == null ? null
                : ContractJson.read(economy.pointEstimate(), PointEstimate.class);
        MonteCarloStatistics monteCarlo = economy == null || economy.monteCarlo() == null ? null
                : ContractJson.read(economy.monteCarlo(), MonteCarloStatistics.class);
        EconomyFigures figures = economy == null ? null : new EconomyFigures(null, null, economy.status(), null, null,
                null, null, 0, null, null, point, null, monteCarlo, List.of(), List.of(), false, economy.suppressed(),
                null, null);
        return new PortfolioData.Row(project, n, hidden, effect,
                attritionStats == null ? null : attritionStats.nCompleters(),
                attritionStats == null ? null : attritionStats.nNonCompleters(),
                figures == null ? null : figures.central(Output.COST_PER_PARTICIPANT_DKK),
                economy == null ? null : economy.status(), economy != null && economy.suppressed(),
                figures == null ? null : figures.central(Output.WELLBEING_VALUE_DKK),
                figures == null ? null : figures.low(Output.WELLBEING_VALUE_DKK),
                figures == null ? null : figures.high(Output.WELLBEING_VALUE_DKK));
    }

    private static CellStatistics statistics(PortfolioRepository.ResultRow row) {
        return ContractJson.read(Analysis.valueOf(row.analysis()), row.statistics());
    }

    /** A controlled project's effect: d_ppc2, signed so that positive is an improvement. */
    private static PortfolioData.Effect effect(BetweenGroupStatistics s, Direction direction) {
        return effect(true, s.dPpc2(), s.dPpc2Vi(), direction);
    }

    /**
     * An uncontrolled project's effect: SMCR, signed so that positive is an improvement. Results
     * stored before the contract carried it get it from their own mean change, sd_pre, r and n.
     */
    private static PortfolioData.Effect effect(PairedStatistics s, Direction direction) {
        if (s.smcr() != null || s.n() == null) {
            return effect(false, s.smcr(), s.smcrVi(), direction);
        }
        Double g = BaselineStandardizedChange.withinGroup(s.meanChange(), s.sdPre(), s.n());
        return effect(false, g, BaselineStandardizedChange.withinGroupVariance(g, s.rPrePost(), s.n()), direction);
    }

    /** A fall on a higher-is-worse scale counts as positive. */
    private static PortfolioData.Effect effect(boolean controlled, Double g, Double variance, Direction direction) {
        if (g == null || variance == null || !(variance > 0)) {
            return null;
        }
        double sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        double half = Z95 * Math.sqrt(variance);
        return new PortfolioData.Effect(controlled, sign * g, sign * g - half, sign * g + half, variance);
    }

    private static PooledByDesign.Result pool(List<PortfolioData.Row> rows, Tau2Method method, MetaTest test) {
        List<PortfolioData.Effect> effects = PortfolioData.pooled(rows).stream().map(PortfolioData.Row::effect)
                .toList();
        if (effects.isEmpty()) {
            return null;
        }
        double[] yi = effects.stream().mapToDouble(PortfolioData.Effect::g).toArray();
        double[] vi = effects.stream().mapToDouble(PortfolioData.Effect::variance).toArray();
        boolean[] controlled = new boolean[effects.size()];
        for (int i = 0; i < controlled.length; i++) {
            controlled[i] = effects.get(i).controlled();
        }
        return PooledByDesign.analyse(yi, vi, controlled, method, test);
    }

    /** The instrument most funded projects measure; ties go to the catalog's order (WHO-5 first). */
    private String mostMeasured(List<PortfolioData.Project> projects) {
        List<String> ids = catalog.ids();
        return ids.stream().max(Comparator.<String>comparingLong(id -> projects.stream()
                        .filter(p -> Arrays.asList(p.instruments()).contains(id)).count())
                .thenComparing(id -> -ids.indexOf(id)))
                .orElse(ids.get(0));
    }

    private static Optional<PortfolioRepository.ResultRow> find(List<PortfolioRepository.ResultRow> results,
            Analysis analysis) {
        return results.stream().filter(r -> r.analysis().equals(analysis.name())).findFirst();
    }

}
