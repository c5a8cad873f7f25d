package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.JobItems;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the projects to evaluate into partitions of similar size, round-robin in id order so
 * that large and small projects spread evenly. Partitioning by project keeps the statistics of
 * one project in one place, which is what lets the work move to other JVMs later (remote
 * partitioning) without changing it.
 */
class ProjectPartitioner implements Partitioner {

    static final String PROJECT_IDS = "projectIds";

    private final List<Long> projectIds;

    ProjectPartitioner(List<Long> projectIds) {
        this.projectIds = List.copyOf(projectIds);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, projectIds.size()));
        List<List<Long>> slices = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < projectIds.size(); i++) {
            slices.get(i % partitions).add(projectIds.get(i));
        }
        Map<String, ExecutionContext> contexts = new HashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.put(PROJECT_IDS, joined(slices.get(i)));
            JobItems.announce(context, slices.get(i).size());
            contexts.put("partition" + i, context);
        }
        return contexts;
    }

    static String joined(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static List<Long> split(String ids) {
        return ids == null || ids.isBlank() ? List.of()
                : java.util.Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
    }
}
