package dk.virkning.stats.cli;

import java.util.Arrays;

import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.controlled.CasenessAncova;
import dk.virkning.stats.controlled.ControlledAnalysis;
import dk.virkning.stats.controlled.ControlledResult;
import dk.virkning.stats.missing.BaselineCarriedForward;

/**
 * {@code controlled}: between-group analysis of {@code participant,group,pre,post}; with
 * {@code --cutoff X} also the ANCOVA of caseness (score ≥ X, or ≤ X with {@code --case at-most}),
 * as the economy uses it.
 */
final class ControlledCommand implements Command<ControlledCommand.Rows> {

    private final Double cutoff;
    private final boolean caseAtMost;

    ControlledCommand(Double cutoff, boolean caseAtMost) {
        this.cutoff = cutoff;
        this.caseAtMost = caseAtMost;
    }

    static final class Rows {
        final DoubleColumn pre = new DoubleColumn();
        final DoubleColumn post = new DoubleColumn();
        boolean[] intervention = new boolean[16];

        void addGroup(boolean isIntervention) {
            int i = pre.size() - 1;
            if (i >= intervention.length) {
                intervention = Arrays.copyOf(intervention, intervention.length * 2);
            }
            intervention[i] = isIntervention;
        }
    }

    @Override
    public String[] columns() {
        return new String[] {"participant", "group", "pre", "post"};
    }

    @Override
    public Rows newGroup() {
        return new Rows();
    }

    @Override
    public void add(Rows rows, Cells cells) throws BadInputException {
        String group = cells.text(1);
        boolean isIntervention = switch (group) {
            case "intervention" -> true;
            case "control" -> false;
            default -> throw cells.error(1, "unknown group \"" + group + "\" (expected intervention or control)");
        };
        double pre = cells.number(2);
        double post = cells.number(3);
        rows.pre.add(pre);
        rows.post.add(post);
        rows.addGroup(isIntervention);
    }

    @Override
    public BetweenGroupStatistics analyse(Rows rows) {
        double[] pre = rows.pre.toArray();
        double[] post = rows.post.toArray();
        boolean[] intervention = Arrays.copyOf(rows.intervention, rows.pre.size());
        ControlledResult r = ControlledAnalysis.analyse(pre, post, intervention);
        return BetweenGroupStatistics.of(r, cutoff == null ? null
                : CasenessAncova.fit(pre, post, intervention, cutoff, !caseAtMost),
                BaselineCarriedForward.controlled(pre, post, intervention));
    }
}
