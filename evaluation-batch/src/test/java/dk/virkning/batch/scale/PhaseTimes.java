package dk.virkning.batch.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

import dk.virkning.batch.evaluation.EvaluationCell;
import dk.virkning.batch.evaluation.EvaluationDataRepository;
import dk.virkning.batch.evaluation.ProjectDataset;
import dk.virkning.batch.evaluation.ProjectEvaluator;
import dk.virkning.stats.instrument.InstrumentCatalog;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation job's per-project work timed phase by phase on one thread, outside Spring
 * Batch: reading a project (SQL and mapping), evaluating it (grouping and statistics) and
 * writing its statistics as JSON. Thread CPU time, so other load on the machine barely matters;
 * the statements' time in the server is not included (see pg_stat_statements for that).
 */
final class PhaseTimes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PhaseTimes() {
    }

    static String measure(EvaluationDataRepository data, List<Long> projects) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProjectEvaluator evaluator = new ProjectEvaluator(InstrumentCatalog.bundled());
        long read = 0;
        long evaluate = 0;
        long json = 0;
        long bytes = 0;
        long cells = 0;
        long wall = System.nanoTime();
        for (long project : projects) {
            long t0 = threads.getCurrentThreadCpuTime();
            ProjectDataset dataset = data.load(project);
            long t1 = threads.getCurrentThreadCpuTime();
            List<EvaluationCell> result = evaluator.evaluate(dataset);
            long t2 = threads.getCurrentThreadCpuTime();
            for (EvaluationCell cell : result) {
                bytes += JSON.writeValueAsString(cell.statistics()).length();
            }
            long t3 = threads.getCurrentThreadCpuTime();
            read += t1 - t0;
            evaluate += t2 - t1;
            json += t3 - t2;
            cells += result.size();
        }
        wall = System.nanoTime() - wall;
        return String.format(Locale.ROOT, "  one thread, %d projects, %d cells, %.1f MB JSON: wall %.1f s; CPU: reading"
                        + " %.2f s, evaluating %.2f s, JSON %.2f s%n", projects.size(), cells, bytes / 1e6, wall / 1e9,
                read / 1e9, evaluate / 1e9, json / 1e9);
    }
}
