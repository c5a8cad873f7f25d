package dk.virkning.stats.cli;

import java.util.ArrayList;
import java.util.List;

import dk.virkning.stats.contract.WavesStatistics;
import dk.virkning.stats.waves.RandomInterceptModel;

/**
 * {@code waves}: the change from baseline at every later wave from all available scores, by the
 * random-intercept mixed model, on {@code participant,wave,score} in long format (one row per
 * participant and wave; waves in order of first appearance, the first is the baseline; an empty
 * score is missing).
 */
final class WavesCommand implements Command<WavesCommand.Rows> {

    static final class Rows {
        final List<String> participants = new ArrayList<>();
        final List<String> waves = new ArrayList<>();
        final DoubleColumn scores = new DoubleColumn();
    }

    @Override
    public String[] columns() {
        return new String[] {"participant", "wave", "score"};
    }

    @Override
    public Rows newGroup() {
        return new Rows();
    }

    @Override
    public void add(Rows rows, Cells cells) throws BadInputException {
        String participant = cells.text(0);
        String wave = cells.text(1);
        if (participant.isEmpty()) {
            throw cells.error(0, "a row needs a participant");
        }
        if (wave.isEmpty()) {
            throw cells.error(1, "a row needs a wave");
        }
        rows.participants.add(participant);
        rows.waves.add(wave);
        rows.scores.add(cells.number(2));
    }

    @Override
    public WavesStatistics analyse(Rows rows) {
        return WavesStatistics.of(RandomInterceptModel.fit(rows.participants.toArray(String[]::new),
                rows.waves.toArray(String[]::new), rows.scores.toArray()));
    }
}
