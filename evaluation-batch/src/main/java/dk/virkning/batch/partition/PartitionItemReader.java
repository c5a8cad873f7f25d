package dk.virkning.batch.partition;

import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the items {@link RoundRobinPartitioner} gave the partition it runs in. Being an
 * item-counting stream, it records in the step's execution context how many items it has handed
 * out, so a restarted partition resumes after its last committed chunk instead of starting over.
 * Spring Batch's {@code ListItemReader} would start over. One instance per partition: declare it
 * {@code @StepScope} (which is also why the class is not final: the scope proxies it).
 */
public class PartitionItemReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

    private final PartitionItems<T> kind;
    private List<T> items = List.of();

    public PartitionItemReader(PartitionItems<T> kind) {
        this.kind = kind;
        setName(kind.name());
    }

    /** The step's execution context is the partition's: it holds the items and, on a restart, the position. */
    @Override
    public void open(ExecutionContext context) {
        items = kind.split(context.getString(kind.name(), ""));
        // A job with nothing to do (an organisation without projects) has one empty partition; the
        // reader refuses a maximum of zero, and doRead ends such a partition at once anyway.
        if (!items.isEmpty()) {
            setMaxItemCount(items.size());
        }
        super.open(context);
    }

    @Override
    protected T doRead() {
        int index = getCurrentItemCount() - 1;
        return index < items.size() ? items.get(index) : null;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
