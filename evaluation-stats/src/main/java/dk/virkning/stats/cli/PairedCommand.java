package dk.virkning.stats.cli;

import dk.virkning.stats.contract.PairedStatistics;
import dk.virkning.stats.contract.PairedWithReliableChangeStatistics;
import dk.virkning.stats.contract.ReliableChangeStatistics;
import dk.virkning.stats.paired.CompletePairs;
import dk.virkning.stats.paired.PairedAnalysis;
import dk.virkning.stats.paired.ReliableChange;

/** {@code paired}: within-group pre → post analysis of {@code participant,pre,post}. */
final class PairedCommand implements Command<PairedCommand.Rows> {

    private final Double cutoff;
    private final Double reliability;

    PairedCommand(Double cutoff, Double reliability) {
        this.cutoff = cutoff;
        this.reliability = reliability;
    }

    static final class Rows {
        final DoubleColumn pre = new DoubleColumn();
        final DoubleColumn post = new DoubleColumn();
    }

    @Override
    public String[] columns() {
        return new String[] {"participant", "pre", "post"};
    }

    @Override
    public Rows newGroup() {
        return new Rows();
    }

    @Override
    public void add(Rows rows, Cells cells) throws BadInputException {
        rows.pre.add(cells.number(1));
        rows.post.add(cells.number(2));
    }

    @Override
    public Object analyse(Rows rows) {
        CompletePairs pairs = CompletePairs.of(rows.pre.toArray(), rows.post.toArray());
        PairedStatistics statistics = PairedStatistics.of(PairedAnalysis.analyse(pairs, cutoff));
        if (reliability == null) {
            return statistics;
        }
        return new PairedWithReliableChangeStatistics(statistics,
                ReliableChangeStatistics.of(ReliableChange.of(pairs, reliability)));
    }
}
