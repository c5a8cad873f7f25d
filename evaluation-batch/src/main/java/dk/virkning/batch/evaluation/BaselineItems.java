package dk.virkning.batch.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.virkning.stats.instrument.Instrument;
import dk.virkning.stats.instrument.Item;
import dk.virkning.stats.reliability.CronbachAlpha;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The item answers at baseline, for Cronbach's α of a cell's sample (docs/methods.md §1.9). Each
 * item enters as it enters the score: reverse-scored where the definition says so, and for a
 * counting instrument (DJG-6) as 0 or 1, so α is KR-20 there. Only respondents who answered every
 * item count.
 */
final class BaselineItems {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Integer>> TYPE = new TypeReference<>() {
    };

    /** instrument → participant → item answers. */
    private final Map<String, Map<Long, Map<String, Integer>>> answers = new HashMap<>();

    BaselineItems(ProjectDataset data, long baselineWaveId) {
        for (ProjectDataset.ScoredResponse r : data.responses()) {
            if (r.waveId() == baselineWaveId && r.items() != null) {
                answers.computeIfAbsent(r.instrument(), k -> new HashMap<>())
                        .put(r.participantId(), JSON.readValue(r.items(), TYPE));
            }
        }
    }

    /** α of the members' complete baseline answers; {@code null} for a single-item instrument. */
    CronbachAlpha alpha(Instrument instrument, List<ProjectDataset.Participant> members) {
        List<Item> items = instrument.items();
        if (items.size() < 2) {
            return null;
        }
        Map<Long, Map<String, Integer>> byParticipant = answers.getOrDefault(instrument.id(), Map.of());
        List<double[]> rows = new ArrayList<>();
        for (ProjectDataset.Participant p : members) {
            Map<String, Integer> given = byParticipant.get(p.id());
            double[] row = given == null ? null : row(instrument, items, given);
            if (row != null) {
                rows.add(row);
            }
        }
        return CronbachAlpha.of(rows.toArray(double[][]::new));
    }

    /** The item contributions, or null when an item is unanswered or not one of its answers. */
    private static double[] row(Instrument instrument, List<Item> items, Map<String, Integer> given) {
        double[] row = new double[items.size()];
        for (int i = 0; i < row.length; i++) {
            Item item = items.get(i);
            Integer answer = given.get(item.key());
            if (answer == null || !item.allows(answer)) {
                return null;
            }
            row[i] = instrument.scoring().contribution(item.scoredValue(answer));
        }
        return row;
    }
}
