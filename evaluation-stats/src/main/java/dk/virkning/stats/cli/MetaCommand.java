package dk.virkning.stats.cli;

import java.util.ArrayList;
import java.util.List;

import dk.virkning.stats.contract.MetaAnalysisStatistics;
import dk.virkning.stats.contract.SubgroupMetaAnalysisStatistics;
import dk.virkning.stats.meta.MetaTest;
import dk.virkning.stats.meta.RandomEffectsMeta;
import dk.virkning.stats.meta.SubgroupMeta;
import dk.virkning.stats.meta.Tau2Method;

/**
 * {@code meta}: random-effects meta-analysis of {@code study,yi,vi}, and with a fourth column
 * {@code group} each group's own pooled estimate and the test of their difference. A study with an
 * empty yi or vi is left out, as metafor's default {@code na.omit} does.
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
        final List<String> groups = new ArrayList<>();
        boolean grouped;
    }

    @Override
    public String[] columns() {
        return new String[] {"study", "yi", "vi", "group"};
    }

    @Override
    public int requiredColumns() {
        return 3;
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
        if (cells.present(3)) {
            String group = cells.text(3);
            if (group.isEmpty()) {
                throw cells.error(3, "a study needs a group when the file has a group column");
            }
            rows.grouped = true;
            rows.groups.add(group);
        }
    }

    @Override
    public Object analyse(Rows rows) {
        if (rows.yi.size() == 0) {
            return MetaAnalysisStatistics.empty();
        }
        if (rows.grouped) {
            return SubgroupMetaAnalysisStatistics.of(SubgroupMeta.analyse(rows.yi.toArray(), rows.vi.toArray(),
                    rows.groups.toArray(String[]::new), method, test));
        }
        return MetaAnalysisStatistics.of(RandomEffectsMeta.analyse(rows.yi.toArray(), rows.vi.toArray(), method, test));
    }
}
