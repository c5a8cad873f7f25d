package dk.virkning.core.result;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.virkning.core.access.Caller;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.CellStatistics;
import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.contract.EconomyEffects;
import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.PointEstimate;
import dk.virkning.stats.contract.UsedAssumption;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.SensitivityRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's evaluation results and economy estimates, with small cells suppressed for non-staff. */
@Service
public class ProjectResults {

    private static final Set<String> SUBGROUP_TYPES = Set.of("ALL", "ARM", "GENDER", "AGE_BAND", "RECRUITMENT_CHANNEL");

    private final ResultAccess access;
    private final ResultQueries queries;

    public ProjectResults(ResultAccess access, ResultQueries queries) {
        this.access = access;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public List<EvaluationResultView> results(Caller caller, long projectId, String instrument, String analysis,
            String subgroupType) {
        List<InputProblem> problems = new ArrayList<>();
        if (analysis != null && Arrays.stream(Analysis.values()).noneMatch(a -> a.name().equals(analysis))) {
            problems.add(InputProblem.field("analysis", "VALUE_NOT_ALLOWED",
                    "analysis '" + analysis + "' is not one of WITHIN, BETWEEN, ATTRITION"));
        }
        if (subgroupType != null && !SUBGROUP_TYPES.contains(subgroupType)) {
            problems.add(InputProblem.field("subgroupType", "VALUE_NOT_ALLOWED",
                    "subgroupType '" + subgroupType + "' is not one of ALL, ARM, GENDER, AGE_BAND, RECRUITMENT_CHANNEL"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ResultViewer viewer = access.viewerOf(caller, projectId);
        // Suppression needs every result of the project, not only the filtered ones: a figure withheld
        // here may be recoverable from a subgroup the filter leaves out, and the other way round.
        List<SmallCells.Cell> cells = queries.results(projectId, null, null, null).stream().map(row -> {
            CellStatistics statistics = ContractJson.read(Analysis.valueOf(row.analysis()), row.statistics());
            EvaluationResultView staff = new EvaluationResultView(row.instrument(), row.baselineWave(), row.laterWave(),
                    row.subgroupType(), row.subgroupValue(), row.analysis(), row.n(), row.caution(),
                    row.suppressed(), statistics, List.of(), row.computedAt());
            return viewer == ResultViewer.STAFF ? new SmallCells.Cell(staff, staff) : SmallCells.cell(staff);
        }).toList();
        List<EvaluationResultView> views = viewer == ResultViewer.STAFF
                ? cells.stream().map(SmallCells.Cell::shown).toList()
                : SmallCells.complementary(cells);
        return views.stream()
                .filter(v -> instrument == null || instrument.equals(v.instrument()))
                .filter(v -> analysis == null || analysis.equals(v.analysis()))
                .filter(v -> subgroupType == null || subgroupType.equals(v.subgroupType()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<EconomyView> economy(Caller caller, long projectId) {
        ResultViewer viewer = access.viewerOf(caller, projectId);
        return queries.estimates(projectId).stream().map(row -> {
            boolean hide = viewer != ResultViewer.STAFF && row.suppressed();
            Map<String, Object> figures = row.pointEstimate() == null ? headline(row) : outputs(row.pointEstimate());
            Map<String, Object> completeCase = row.completeCase() == null ? null : outputs(row.completeCase());
            if (hide) {
                figures.replaceAll((name, value) -> null);
                completeCase = null;
            }
            return new EconomyView(row.valuationSetId(), row.valuationSetVersion(), row.status(),
                    row.notValuedReason(), row.route(), row.design(), row.counterfactual(), row.participants(),
                    row.participantsAged16To64(), row.costDkk(), figures, completeCase,
                    hide || row.effects() == null ? null : ContractJson.read(row.effects(), EconomyEffects.class),
                    hide || row.monteCarlo() == null ? null
                            : ContractJson.read(row.monteCarlo(), MonteCarloStatistics.class),
                    hide || row.sensitivity() == null ? null
                            : ContractJson.readList(row.sensitivity(), SensitivityRow.class),
                    row.assumptions() == null ? null : ContractJson.readList(row.assumptions(), UsedAssumption.class),
                    row.caution(), row.suppressed(),
                    row.seed(), row.draws(), row.computedAt());
        }).toList();
    }

    /** Every output of a stored point estimate by its JSON name, in the model's order. */
    private static Map<String, Object> outputs(String json) {
        PointEstimate point = ContractJson.read(json, PointEstimate.class);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Output output : Output.values()) {
            figures.put(output.jsonName(), point.of(output));
        }
        return figures;
    }

    /** A not-valued estimate has no point estimate: its headline columns, all null. */
    private static Map<String, Object> headline(ResultQueries.EstimateRow row) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("wellbys", row.wellbys());
        figures.put("wellbeing_value_dkk", row.wellbeingValueDkk());
        figures.put("budget_total_dkk", row.budgetTotalDkk());
        figures.put("social_value_dkk", row.socialValueDkk());
        figures.put("cost_per_wellby_dkk", row.costPerWellbyDkk());
        figures.put("social_return_ratio", row.socialReturnRatio());
        return figures;
    }
}
