package dk.virkning.stats.economy;

import dk.virkning.stats.design.Design;

/**
 * What the economy model needs to know about one project.
 *
 * @param design the project's evaluation design
 * @param participants participants the value is scaled to (non-erased; the intervention arm in a controlled design)
 * @param participantsAged16To64 of those, how many were 16-64 years old in the year they enrolled (the ages the
 *                               health-care costs of loneliness are estimated for); the others, and those without a
 *                               registered birth year, are valued with the other-ages factor
 * @param costDkk the project's cost in DKK, or null when not registered
 * @param lifeSatisfaction the LIFE_SAT change (route A), or null
 * @param loneliness the T-ILS caseness change (route B and budget effects), or null
 * @param who5 the WHO-5 change (valued only with a mapping in the set), or null
 */
public record ProjectEvidence(Design design, int participants, int participantsAged16To64, Double costDkk, ChangeEstimate lifeSatisfaction,
        CasenessEstimate loneliness, ChangeEstimate who5) {

    public ProjectEvidence {
        if (design == null) {
            throw new IllegalArgumentException("design is missing");
        }
        if (participants < 0) {
            throw new IllegalArgumentException("participants must be >= 0");
        }
        if (participantsAged16To64 < 0 || participantsAged16To64 > participants) {
            throw new IllegalArgumentException("participants aged 16-64 must be between 0 and the participants");
        }
        if (costDkk != null && (!Double.isFinite(costDkk) || costDkk < 0)) {
            throw new IllegalArgumentException("cost must be a finite amount >= 0");
        }
    }
}
