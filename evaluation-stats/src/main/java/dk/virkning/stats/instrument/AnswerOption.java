package dk.virkning.stats.instrument;

import java.util.Objects;

/**
 * One answer a participant can give to an item, with the value that is stored and
 * scored (e.g. WHO-5 "Hele tiden" = 5).
 *
 * @param value the stored value
 * @param label what the participant sees
 */
public record AnswerOption(int value, LocalizedText label) {

    public AnswerOption {
        Objects.requireNonNull(label, "label");
    }
}
