package dk.virkning.batch.economy;

import java.util.List;
import java.util.Optional;

import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.contract.PairedStatistics;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.design.Design;
import dk.virkning.stats.economy.AdjustedDifference;
import dk.virkning.stats.economy.CasenessChange;
import dk.virkning.stats.economy.CasenessEstimate;
import dk.virkning.stats.economy.ChangeEstimate;
import dk.virkning.stats.economy.GroupChange;
import dk.virkning.stats.economy.ProjectEvidence;

/**
 * Turns a project's registry facts and main-pair evaluation results into the economy
 * model's {@link ProjectEvidence}.
 *
 * <p>Uncontrolled designs use the whole-group ({@code ALL}) WITHIN results and all non-erased
 * participants. Controlled designs (PRE_POST_CONTROL, RCT) use the intervention arm's
 * WITHIN result and its participants; the control arm's WITHIN result, when there is one,
 * is the counterfactual, with the whole-group BETWEEN result's ANCOVA (of the scores, and of
 * the caseness indicators for T-ILS) as the estimate where it exists; without a control arm's
 * result the model falls back on deadweight. A result
 * without the fields the model needs (fewer than two pairs, a null mean or standard
 * deviation, null case counts) counts as not measured. A statistic that is present but not
 * a number is corrupt data and fails the item.
 */
final class EvidenceAssembler {

    static final String LIFE_SAT = "LIFE_SAT";
    static final String TILS = "TILS";
    static final String WHO5 = "WHO5";
    private static final String WITHIN = "WITHIN";
    private static final String BETWEEN = "BETWEEN";

    private EvidenceAssembler() {
    }

    static ProjectEvidence assemble(ProjectFacts facts, List<EvaluationRow> rows) {
        Design design = Design.valueOf(facts.design());
        Double cost = facts.costDkk() == null ? null : facts.costDkk().doubleValue();
        int participants = design.hasControlGroup() ? facts.interventionParticipants() : facts.participants();
        int aged16To64 = design.hasControlGroup() ? facts.interventionParticipantsAged16To64()
                : facts.participantsAged16To64();
        return new ProjectEvidence(design, participants, aged16To64, cost, change(rows, LIFE_SAT, design),
                caseness(rows, design), change(rows, WHO5, design));
    }

    private static ChangeEstimate change(List<EvaluationRow> rows, String instrument, Design design) {
        Optional<EvaluationRow> treated = treated(rows, instrument, design);
        Optional<GroupChange> intervention = treated.flatMap(EvidenceAssembler::groupChange);
        if (intervention.isEmpty()) {
            return null;
        }
        Optional<EvaluationRow> controlRow = design.hasControlGroup() ? arm(rows, instrument, "CONTROL") : Optional.empty();
        GroupChange control = controlRow.flatMap(EvidenceAssembler::groupChange).orElse(null);
        Optional<EvaluationRow> usedControl = control == null ? Optional.empty() : controlRow;
        AdjustedDifference adjusted = control == null ? null : between(rows, instrument)
                .flatMap(b -> adjusted(b.ancovaDiff(), b.ancovaSe())).orElse(null);
        return new ChangeEstimate(instrument, intervention.get(), control, adjusted, flag(treated, usedControl, true),
                flag(treated, usedControl, false));
    }

    private static CasenessEstimate caseness(List<EvaluationRow> rows, Design design) {
        Optional<EvaluationRow> treated = treated(rows, TILS, design);
        Optional<CasenessChange> intervention = treated.flatMap(EvidenceAssembler::casenessChange);
        if (intervention.isEmpty()) {
            return null;
        }
        Optional<EvaluationRow> controlRow = design.hasControlGroup() ? arm(rows, TILS, "CONTROL") : Optional.empty();
        CasenessChange control = controlRow.flatMap(EvidenceAssembler::casenessChange).orElse(null);
        Optional<EvaluationRow> usedControl = control == null ? Optional.empty() : controlRow;
        AdjustedDifference adjusted = control == null ? null : between(rows, TILS)
                .flatMap(b -> adjusted(b.casenessAncovaDiff(), b.casenessAncovaSe())).orElse(null);
        return new CasenessEstimate(TILS, intervention.get(), control, adjusted, flag(treated, usedControl, true),
                flag(treated, usedControl, false));
    }

    private static Optional<EvaluationRow> treated(List<EvaluationRow> rows, String instrument, Design design) {
        if (design.hasControlGroup()) {
            return arm(rows, instrument, "INTERVENTION");
        }
        return rows.stream().filter(r -> r.instrument().equals(instrument) && r.analysis().equals(WITHIN)
                && r.subgroupType().equals("ALL")).findFirst();
    }

    private static Optional<EvaluationRow> arm(List<EvaluationRow> rows, String instrument, String arm) {
        return rows.stream().filter(r -> r.instrument().equals(instrument) && r.analysis().equals(WITHIN)
                && r.subgroupType().equals("ARM") && r.subgroupValue().equals(arm)).findFirst();
    }

    /** The whole-group BETWEEN statistics of the instrument's main pair, if stored. */
    private static Optional<BetweenGroupStatistics> between(List<EvaluationRow> rows, String instrument) {
        return rows.stream().filter(r -> r.instrument().equals(instrument) && r.analysis().equals(BETWEEN)
                && r.subgroupType().equals("ALL")).findFirst().map(EvidenceAssembler::parseBetween);
    }

    /** An ANCOVA difference the model can draw from: both numbers present (a result stored before has neither). */
    private static Optional<AdjustedDifference> adjusted(Double difference, Double se) {
        return difference == null || se == null ? Optional.empty()
                : Optional.of(new AdjustedDifference(difference, se));
    }

    private static Optional<GroupChange> groupChange(EvaluationRow row) {
        PairedStatistics statistics = parse(row).paired();
        Double mean = statistics.meanChange();
        Double sd = statistics.sdChange();
        if (row.n() < 2 || mean == null || sd == null) {
            return Optional.empty();
        }
        return Optional.of(new GroupChange(row.n(), mean, sd));
    }

    private static Optional<CasenessChange> casenessChange(EvaluationRow row) {
        PairedStatistics statistics = parse(row).paired();
        Integer resolved = statistics.casesResolved();
        Integer newCases = statistics.casesNew();
        if (row.n() < 1 || resolved == null || newCases == null) {
            return Optional.empty();
        }
        return Optional.of(new CasenessChange(row.n(), resolved, newCases));
    }

    private static boolean flag(Optional<EvaluationRow> treated, Optional<EvaluationRow> control, boolean caution) {
        return treated.map(r -> caution ? r.caution() : r.suppressed()).orElse(false)
                || control.map(r -> caution ? r.caution() : r.suppressed()).orElse(false);
    }

    private static BetweenGroupStatistics parseBetween(EvaluationRow row) {
        try {
            return ContractJson.read(row.statistics(), BetweenGroupStatistics.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where(row) + "statistics." + e.getMessage(), e);
        }
    }

    private static WithinGroupStatistics parse(EvaluationRow row) {
        try {
            return ContractJson.read(row.statistics(), WithinGroupStatistics.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where(row) + "statistics." + e.getMessage(), e);
        }
    }

    private static String where(EvaluationRow row) {
        return "evaluation_result " + row.instrument() + " " + row.subgroupType() + "=" + row.subgroupValue() + ": ";
    }
}
