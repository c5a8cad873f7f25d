package dk.virkning.batch.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the evaluation of one project reads: its design, waves, the participants who have
 * not been erased, and their scored responses.
 */
public record ProjectDataset(Project project, List<Wave> waves, List<Participant> participants,
                             List<ScoredResponse> responses) {

    public record Project(long id, long organisationId, String design, List<String> instruments) {

        public boolean controlled() {
            return design.equals("PRE_POST_CONTROL") || design.equals("RCT");
        }
    }

    public record Wave(long id, String name, int offsetDays, int ordinal) {
    }

    public record Participant(long id, String arm, String gender, Integer birthYear, String recruitmentChannel,
                              LocalDate enrolledOn) {
    }

    /**
     * A response whose score is {@code null} could not be scored (too many missing items).
     *
     * @param items the item answers as stored (the jsonb column's text, item key to answer); parsed
     *              only for the baseline wave, where Cronbach's α needs them
     */
    public record ScoredResponse(long participantId, long waveId, String instrument, Double score, String items) {
    }
}
