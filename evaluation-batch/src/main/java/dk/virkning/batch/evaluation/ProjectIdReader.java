package dk.virkning.batch.evaluation;

import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the project ids of one partition. Being an item-counting stream, it records in the step's
 * execution context how many ids it has handed out, so a restarted step resumes after the last
 * committed chunk instead of starting the partition over.
 */
class ProjectIdReader extends AbstractItemCountingItemStreamItemReader<Long> {

    private final List<Long> projectIds;

    ProjectIdReader(List<Long> projectIds) {
        this.projectIds = List.copyOf(projectIds);
        setName("projectIds");
        setMaxItemCount(projectIds.size());
    }

    @Override
    protected Long doRead() {
        int index = getCurrentItemCount() - 1;
        return index < projectIds.size() ? projectIds.get(index) : null;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
