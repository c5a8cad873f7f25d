package dk.virkning.core.importing;

import java.util.Locale;

/**
 * What identifies a response within one file: participant × wave × instrument. Wave names are
 * compared without case ("Baseline" and "baseline" are the same wave to the user).
 */
record ResponseKey(String participant, String wave, String instrument) {

    static ResponseKey of(String participant, String wave, String instrument) {
        return new ResponseKey(participant, wave.toLowerCase(Locale.ROOT), instrument);
    }
}
