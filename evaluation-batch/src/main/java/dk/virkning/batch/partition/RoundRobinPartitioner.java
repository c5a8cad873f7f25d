package dk.virkning.batch.partition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.batch.launch.JobItems;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a job's work list into partitions of similar size, round-robin in list order, so that
 * large and small items (lists are in id order, and ids follow age rather than size) spread
 * evenly. Each partition announces its item count for progress reporting ({@link JobItems}).
 * Partitioning by whole items keeps the work on one item in one place, which is what lets the
 * work move to other JVMs later (remote partitioning) without changing it. Not final, so that a
 * {@code @JobScope} bean can compute the list from the job's parameters.
 */
public class RoundRobinPartitioner<T> implements Partitioner {

    private final PartitionItems<T> kind;
    private final List<T> items;

    public RoundRobinPartitioner(PartitionItems<T> kind, List<T> items) {
        this.kind = kind;
        this.items = List.copyOf(items);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, items.size()));
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            slices.get(i % partitions).add(items.get(i));
        }
        Map<String, ExecutionContext> contexts = new HashMap<>();
        for (int i = 0; i < partitions; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(kind.name(), kind.join(slices.get(i)));
            JobItems.announce(context, slices.get(i).size());
            contexts.put("partition" + i, context);
        }
        return contexts;
    }
}
