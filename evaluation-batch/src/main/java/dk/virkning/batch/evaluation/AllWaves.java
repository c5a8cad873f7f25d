package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.WavesStatistics;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * The WAVES result of one instrument: the mixed model over every wave with a score (docs/methods.md
 * §1.8), for all participants, when the instrument was measured at baseline and at two or more later
 * waves. Stored under the baseline and the last of those waves. Not per subgroup: each subgroup's
 * counts per wave would add up to the whole group's, which small-cell suppression across subgroups
 * does not yet cover for counts nested in a wave.
 */
final class AllWaves {

    private AllWaves() {
    }

    static Optional<EvaluationCell> cell(String instrument, List<ProjectDataset.Wave> waves,
            List<ProjectDataset.Participant> participants, Map<Long, Map<Long, Double>> scores) {
        if (waves.isEmpty()) {
            return Optional.empty();
        }
        // A wave at which nobody answered this instrument is not one of its waves; the baseline must be.
        List<ProjectDataset.Wave> measured = waves.stream()
                .filter(w -> participants.stream().anyMatch(p -> scores.getOrDefault(p.id(), Map.of()).containsKey(w.id())))
                .toList();
        if (measured.size() < 3 || measured.get(0).id() != waves.get(0).id()) {
            return Optional.empty();
        }
        List<String> participant = new ArrayList<>();
        List<String> wave = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        // In wave order, so that the model's first wave is the baseline.
        for (ProjectDataset.Wave w : measured) {
            for (ProjectDataset.Participant p : participants) {
                Double value = scores.getOrDefault(p.id(), Map.of()).get(w.id());
                if (value != null) {
                    participant.add(Long.toString(p.id()));
                    wave.add(w.name());
                    score.add(value);
                }
            }
        }
        RandomInterceptModel.Result model = RandomInterceptModel.fit(participant.toArray(String[]::new),
                wave.toArray(String[]::new), score.stream().mapToDouble(Double::doubleValue).toArray());
        return Optional.of(new EvaluationCell(instrument, measured.get(0).id(), measured.get(measured.size() - 1).id(),
                Subgroup.ALL, Analysis.WAVES, model.participants(), WavesStatistics.of(model)));
    }
}
