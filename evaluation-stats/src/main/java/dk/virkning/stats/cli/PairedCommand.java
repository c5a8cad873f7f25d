package dk.virkning.stats.cli;

import dk.virkning.stats.contract.PairedStatistics;
import dk.virkning.stats.paired.PairedAnalysis;
import dk.virkning.stats.paired.PairedResult;

/** {@code paired}: within-group pre → post analysis of {@code participant,pre,post}. */
final class PairedCommand implements Command<PairedCommand.Rows> {

    private final Double cutoff;

    PairedCommand(Double cutoff) {
        this.cutoff = cutoff;
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
    public PairedStatistics analyse(Rows rows) {
        PairedResult r = PairedAnalysis.analyse(rows.pre.toArray(), rows.post.toArray(), cutoff);
        return PairedStatistics.of(r);
    }
}
