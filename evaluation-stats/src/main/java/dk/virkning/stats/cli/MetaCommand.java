package dk.virkning.stats.cli;

import dk.virkning.stats.contract.MetaAnalysisStatistics;
import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.RandomEffectsMeta;
import dk.virkning.stats.meta.Tau2Method;

/**
 * {@code meta}: random-effects meta-analysis of {@code study,yi,vi}. A study with an empty yi or vi
 * is left out, as metafor's default {@code na.omit} does.
 */
final class MetaCommand implements Command<MetaCommand.Rows> {

    private final Tau2Method method;
    private final MetaTest test;

    MetaCommand(Tau2Method method, MetaTest test) {
        this.method = method;
        this.test = test;
    }

    static final class Rows {
        final DoubleColumn yi = new DoubleColumn();
        final DoubleColumn vi = new DoubleColumn();
    }

    @Override
    public String[] columns() {
        return new String[] {"study", "yi", "vi"};
    }

    @Override
    public Rows newGroup() {
        return new Rows();
    }

    @Override
    public void add(Rows rows, Cells cells) throws BadInputException {
        double yi = cells.number(1);
        double vi = cells.number(2);
        if (Double.isNaN(yi) || Double.isNaN(vi)) {
            return;
        }
        if (!(vi > 0)) {
            throw cells.error(2, "a sampling variance must be positive, was " + vi);
        }
        rows.yi.add(yi);
        rows.vi.add(vi);
    }

    @Override
    public MetaAnalysisStatistics analyse(Rows rows) {
        if (rows.yi.size() == 0) {
            return MetaAnalysisStatistics.empty();
        }
        return MetaAnalysisStatistics.of(RandomEffectsMeta.analyse(rows.yi.toArray(), rows.vi.toArray(), method, test));
    }
}
