package dk.virkning.core.demo;

import java.util.Map;

/**
 * One synthetic participant: demographics and the item answers per wave name and instrument.
 * A wave missing from {@code answers} is a wave the participant did not answer (attrition).
 */
public record SyntheticParticipant(
        String code,
        String arm,
        int birthYear,
        String gender,
        String recruitmentChannel,
        int enrolmentDay,
        Map<String, Map<String, Map<String, Integer>>> answers) {
}
