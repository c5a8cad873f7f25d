package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.attrition.AttritionAnalysis;
import dk.virkning.stats.attrition.AttritionResult;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.AttritionStatistics;
import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.contract.ImportantChangeStatistics;
import dk.virkning.stats.contract.MissingDataStatistics;
import dk.virkning.stats.contract.PairedStatistics;
import dk.virkning.stats.contract.ReliabilityStatistics;
import dk.virkning.stats.contract.WithinGroupStatistics;
import dk.virkning.stats.controlled.AncovaResult;
import dk.virkning.stats.controlled.CasenessAncova;
import dk.virkning.stats.controlled.ControlledAnalysis;
import dk.virkning.stats.controlled.ControlledResult;
import dk.virkning.stats.instrument.Comparison;
import dk.virkning.stats.instrument.CutOff;
import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.InstrumentCatalog;
import dk.virkning.stats.instrument.Reliability;
import dk.virkning.stats.missing.BaselineCarriedForward;
import dk.virkning.stats.paired.Caseness;
import dk.virkning.stats.paired.CompletePairs;
import dk.virkning.stats.paired.ImportantChangeShares;
import dk.virkning.stats.paired.PairedAnalysis;
import dk.virkning.stats.paired.PairedResult;
import dk.virkning.stats.paired.ReliableImprovement;

/**
 * Turns one project's scored responses into result cells: for every instrument, every pair of
 * baseline and a later wave, and every subgroup, the within-group analysis with caseness and
 * minimal-important-change shares, the reliable change index and Cronbach's α at baseline; for controlled designs also the between-group analysis; and
 * the attrition analysis. All numbers come from evaluation-stats. Pure: no I/O.
 */
public final class ProjectEvaluator {

    private final InstrumentCatalog instruments;

    public ProjectEvaluator(InstrumentCatalog instruments) {
        this.instruments = instruments;
    }

    public List<EvaluationCell> evaluate(ProjectDataset data) {
        List<EvaluationCell> cells = new ArrayList<>();
        if (data.waves().size() < 2 || data.participants().isEmpty()) {
            return cells;
        }
        ProjectDataset.Wave baseline = data.waves().get(0);
        Map<String, Map<Long, Map<Long, Double>>> scores = scoresByInstrument(data);
        BaselineItems baselineItems = new BaselineItems(data, baseline.id());
        boolean controlled = data.project().controlled();
        Map<Subgroup, List<ProjectDataset.Participant>> subgroups = subgroups(data.participants(), controlled);
        for (String instrumentId : data.project().instruments()) {
            Instrument instrument = instruments.find(instrumentId).orElse(null);
            Map<Long, Map<Long, Double>> byParticipant = scores.get(instrumentId);
            if (instrument == null || byParticipant == null) {
                continue;
            }
            for (ProjectDataset.Wave later : data.waves().subList(1, data.waves().size())) {
                for (Map.Entry<Subgroup, List<ProjectDataset.Participant>> group : subgroups.entrySet()) {
                    cells.addAll(evaluateCell(instrument, baseline.id(), later.id(), group.getKey(), group.getValue(),
                            byParticipant, controlled, baselineItems));
                }
            }
            AllWaves.cell(instrument.id(), data.waves(), data.participants(), byParticipant).ifPresent(cells::add);
        }
        return cells;
    }

    private List<EvaluationCell> evaluateCell(Instrument instrument, long baselineId, long laterId, Subgroup subgroup,
            List<ProjectDataset.Participant> members, Map<Long, Map<Long, Double>> scores, boolean controlled,
            BaselineItems baselineItems) {
        int size = members.size();
        double[] pre = new double[size];
        double[] post = new double[size];
        boolean[] intervention = new boolean[size];
        int used = 0;
        for (ProjectDataset.Participant p : members) {
            Map<Long, Double> byWave = scores.getOrDefault(p.id(), Map.of());
            Double before = byWave.get(baselineId);
            Double after = byWave.get(laterId);
            if (before == null && after == null) {
                continue;
            }
            pre[used] = before == null ? Double.NaN : before;
            post[used] = after == null ? Double.NaN : after;
            intervention[used] = !"CONTROL".equals(p.arm());
            used++;
        }
        if (used == 0) {
            return List.of();
        }
        pre = Arrays.copyOf(pre, used);
        post = Arrays.copyOf(post, used);
        intervention = Arrays.copyOf(intervention, used);

        List<EvaluationCell> cells = new ArrayList<>(3);
        CompletePairs pairs = CompletePairs.of(pre, post);
        PairedResult within = PairedAnalysis.analyse(pairs, null);
        WithinGroupStatistics statistics = new WithinGroupStatistics(
                PairedStatistics.of(within, caseness(instrument, pairs)),
                ImportantChangeStatistics.of(ImportantChangeShares.of(pairs.change(),
                        instrument.minimalImportantChange().points(), instrument.direction())),
                reliability(instrument, pairs, baselineItems, members),
                MissingDataStatistics.of(BaselineCarriedForward.within(pre, post), within));
        cells.add(new EvaluationCell(instrument.id(), baselineId, laterId, subgroup, Analysis.WITHIN, within.n(),
                statistics));

        if (controlled && !subgroup.type().equals("ARM")) {
            ControlledResult between = ControlledAnalysis.analyse(pre, post, intervention);
            CutOff cutOff = instrument.primaryCutOff().orElse(null);
            AncovaResult caseness = cutOff == null ? null : CasenessAncova.fit(pre, post, intervention,
                    cutOff.threshold(), cutOff.comparison() != Comparison.AT_MOST);
            cells.add(new EvaluationCell(instrument.id(), baselineId, laterId, subgroup, Analysis.BETWEEN,
                    Math.min(between.nIntervention(), between.nControl()),
                    BetweenGroupStatistics.of(between, caseness,
                            BaselineCarriedForward.controlled(pre, post, intervention))));
        }
        if (subgroup.type().equals("ALL") || subgroup.type().equals("ARM")) {
            AttritionResult attrition = attrition(pre, post);
            cells.add(new EvaluationCell(instrument.id(), baselineId, laterId, subgroup, Analysis.ATTRITION,
                    attrition.nCompleters() + attrition.nNonCompleters(), AttritionStatistics.of(attrition)));
        }
        return cells;
    }

    /**
     * Caseness by the instrument's primary cut-off. The statistics count a case as "at or above";
     * for an "at most" cut-off (WHO-5 ≤ 50) scores and cut-off are negated, which keeps every
     * transition count and test unchanged.
     */
    private static Caseness caseness(Instrument instrument, CompletePairs pairs) {
        CutOff cutOff = instrument.primaryCutOff().orElse(null);
        if (cutOff == null) {
            return null;
        }
        if (cutOff.comparison() == Comparison.AT_MOST) {
            return Caseness.of(negate(pairs.pre()), negate(pairs.post()), -cutOff.threshold());
        }
        return Caseness.of(pairs.pre(), pairs.post(), cutOff.threshold());
    }

    /** The reliable change by the definition's published reliability, with α of the members at baseline. */
    private static ReliabilityStatistics reliability(Instrument instrument, CompletePairs pairs,
            BaselineItems baselineItems, List<ProjectDataset.Participant> members) {
        Reliability published = instrument.publishedReliability().orElse(null);
        ReliableImprovement change = published == null ? null
                : ReliableImprovement.of(pairs, published.value(), instrument.direction());
        return ReliabilityStatistics.of(published, change, baselineItems.alpha(instrument, members));
    }

    /** Baseline scores of those who answered the later wave against those who did not. */
    private static AttritionResult attrition(double[] pre, double[] post) {
        List<Double> completers = new ArrayList<>();
        List<Double> dropouts = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            if (!Double.isNaN(pre[i])) {
                (Double.isNaN(post[i]) ? dropouts : completers).add(pre[i]);
            }
        }
        return AttritionAnalysis.compare(completers.stream().mapToDouble(Double::doubleValue).toArray(),
                dropouts.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] negate(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = -x[i];
        }
        return out;
    }

    private static Map<String, Map<Long, Map<Long, Double>>> scoresByInstrument(ProjectDataset data) {
        Map<String, Map<Long, Map<Long, Double>>> scores = new HashMap<>();
        for (ProjectDataset.ScoredResponse r : data.responses()) {
            if (r.score() != null) {
                scores.computeIfAbsent(r.instrument(), k -> new HashMap<>())
                        .computeIfAbsent(r.participantId(), k -> new HashMap<>())
                        .put(r.waveId(), r.score());
            }
        }
        return scores;
    }

    /** Subgroups in a stable order: as first met among the participants, ALL first. */
    private static Map<Subgroup, List<ProjectDataset.Participant>> subgroups(List<ProjectDataset.Participant> people,
            boolean controlled) {
        Map<Subgroup, List<ProjectDataset.Participant>> groups = new LinkedHashMap<>();
        for (ProjectDataset.Participant p : people) {
            for (Subgroup g : Subgroup.of(p, controlled)) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(p);
            }
        }
        return groups;
    }
}
