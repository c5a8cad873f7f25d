package dk.virkning.batch.partition;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What a partitioned step works through, and how a partition's share of it is kept in the
 * partition's execution context: as one line of comma-separated text. Text keeps the context
 * small (a few bytes an item, where Java serialisation would take tens) and readable in the job
 * repository, and lets a restarted partition read the items its first attempt was given.
 *
 * @param name   the context key of a partition's items, and the name under which its reader keeps
 *               its position; changing it orphans the partitions of failed executions
 * @param format an item as text without commas
 * @param parse  the inverse of {@code format}
 */
public record PartitionItems<T>(String name, Function<T, String> format, Function<String, T> parse) {

    /** Project ids, written as the evaluation job's {@code projects} parameter is. */
    public static final PartitionItems<Long> PROJECT_IDS = new PartitionItems<>("projectIds", String::valueOf,
            Long::valueOf);

    public String join(List<T> items) {
        return String.join(",", items.stream().map(format).toList());
    }

    /** The items of {@code text} as {@link #join} writes them; blank text holds none. */
    public List<T> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).map(parse).toList();
    }
}
