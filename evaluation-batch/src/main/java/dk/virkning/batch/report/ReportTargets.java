package dk.virkning.batch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.JobItems;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The report job's work list: targets split round-robin into partitions of similar size. */
class ReportTargets implements Partitioner {

    static final String TARGETS = "reportTargets";

    private final List<String> targets;

    ReportTargets(List<ReportTarget> targets) {
        this.targets = targets.stream().map(ReportTarget::toString).toList();
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, targets.size()));
        List<List<String>> slices = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < targets.size(); i++) {
            slices.get(i % partitions).add(targets.get(i));
        }
        Map<String, ExecutionContext> contexts = new HashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(TARGETS, String.join(",", slices.get(i)));
            JobItems.announce(context, slices.get(i).size());
            contexts.put("partition" + i, context);
        }
        return contexts;
    }

    /** Parses a job parameter: comma-separated ids, {@code ALL}, or nothing. */
    static List<Long> ids(String parameter, List<Long> all) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        if (parameter.strip().equalsIgnoreCase("ALL")) {
            return all;
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
