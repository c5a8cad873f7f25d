package dk.virkning.batch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * The ids a run covers: those listed in {@code ids} ({@code ALL} for every one) together with
     * those of the organisations listed in {@code organisations}; in id order, without repeats.
     */
    static List<Long> select(String ids, String organisations, Supplier<List<Long>> all,
            Function<long[], List<Long>> ofOrganisations) {
        if (ids != null && ids.strip().equalsIgnoreCase("ALL")) {
            return all.get();
        }
        SortedSet<Long> selected = new TreeSet<>(numbers(ids));
        long[] orgs = numbers(organisations).stream().mapToLong(Long::longValue).toArray();
        if (orgs.length > 0) {
            selected.addAll(ofOrganisations.apply(orgs));
        }
        return List.copyOf(selected);
    }

    private static List<Long> numbers(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
