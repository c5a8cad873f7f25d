package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dk.virkning.core.result.EvaluationResultView;
import dk.virkning.core.result.SmallCells;

/**
 * The results as a funder's edition may show them: the same suppression as the results API
 * (small counts, and complementary suppression of what would let a reader work one out by
 * subtraction, docs/privacy.md), decided by {@link SmallCells} on all the project's results.
 */
final class FunderCells {

    private FunderCells() {
    }

    static List<ProjectReportData.Result> withheld(List<ProjectReportData.Result> results) {
        List<EvaluationResultView> views = SmallCells.complementary(results.stream()
                // Wave ids stand in for wave names: SmallCells only groups by them.
                .map(r -> SmallCells.cell(new EvaluationResultView(r.instrument(), String.valueOf(r.baselineWaveId()),
                        String.valueOf(r.laterWaveId()), r.subgroupType(), r.subgroupValue(), r.analysis().name(), r.n(),
                        r.caution(), r.suppressed(), r.statistics(), List.of(), null)))
                .toList());
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
}
