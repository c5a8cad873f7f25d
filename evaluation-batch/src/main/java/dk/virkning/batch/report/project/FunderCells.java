package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.virkning.core.result.EvaluationResultView;
import dk.virkning.core.result.SmallCells;
import dk.virkning.stats.contract.CellStatistics;

/**
 * The results as a funder's edition may show them: the same suppression as the results API
 * (small counts, and complementary suppression of what would let a reader work one out by
 * subtraction, docs/privacy.md), decided by {@link SmallCells} on all the project's results.
 */
final class FunderCells {

    private FunderCells() {
    }

    static List<ProjectReportData.Result> withheld(List<ProjectReportData.Result> results) {
        List<SmallCells.Cell> cells = results.stream().map(r -> {
            SmallCells.Suppressed shown = SmallCells.suppress(r.statistics(), r.suppressed());
            return new SmallCells.Cell(view(r, r.n(), r.statistics(), List.of()),
                    view(r, r.suppressed() ? null : r.n(), shown.statistics(), shown.withheld()));
        }).toList();
        List<EvaluationResultView> views = SmallCells.complementary(cells);
        List<ProjectReportData.Result> withheld = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            ProjectReportData.Result r = results.get(i);
            List<String> names = new ArrayList<>(views.get(i).withheld());
            if (views.get(i).n() == null) {
                names.add("n");
            }
            withheld.add(new ProjectReportData.Result(r.instrument(), r.baselineWaveId(), r.laterWaveId(),
                    r.subgroupType(), r.subgroupValue(), r.analysis(), r.n(), r.caution(), r.suppressed(),
                    r.statistics(), Set.copyOf(names)));
        }
        return withheld;
    }

    private static EvaluationResultView view(ProjectReportData.Result r, Integer n,
            CellStatistics statistics, List<String> withheld) {
        return new EvaluationResultView(r.instrument(), String.valueOf(r.baselineWaveId()),
                String.valueOf(r.laterWaveId()), r.subgroupType(), r.subgroupValue(), r.analysis().name(), n,
                r.caution(), r.suppressed(), statistics, withheld, null);
    }
}
