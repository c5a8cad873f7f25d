package dk.virkning.batch.report;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the targets of one partition. Being item-counting, it records how far it got, so a
 * restarted partition resumes after its last committed chunk instead of rendering everything again.
 */
class ReportTargetReader extends AbstractItemCountingItemStreamItemReader<ReportTarget> {

    private final List<ReportTarget> targets;

    ReportTargetReader(String targets) {
        this.targets = targets == null || targets.isBlank() ? List.of()
                : Arrays.stream(targets.split(",")).map(ReportTarget::parse).toList();
        setName("reportTargets");
        setMaxItemCount(this.targets.size());
    }

    @Override
    protected ReportTarget doRead() {
        int index = getCurrentItemCount() - 1;
        return index < targets.size() ? targets.get(index) : null;
    }

    @Override
    protected void doOpen() {
    }

    @Override
    protected void doClose() {
    }
}
