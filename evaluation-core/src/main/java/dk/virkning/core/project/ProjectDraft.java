package dk.virkning.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dk.virkning.stats.design.Design;

/**
 * A project as submitted for creation or full replacement. Absent lists are empty; null
 * elements are kept so that {@link ProjectRules} can name them. Nothing here is trusted until
 * {@link ProjectRules} has checked it.
 *
 * @param organisationId  the owning organisation; may be omitted by staff of exactly one organisation
 * @param periodEnd       null while the project is ongoing
 * @param interventionOther the description required with {@link InterventionType#OTHER}
 * @param waves           the measurement points; stored in offset order
 * @param status          null means {@link ProjectStatus#ACTIVE}
 */
public record ProjectDraft(
        Long organisationId,
        Long parentProjectId,
        String title,
        String description,
        LocalDate periodStart,
        LocalDate periodEnd,
        Geography geography,
        Integer targetAgeMin,
        Integer targetAgeMax,
        List<String> targetGroups,
        List<InterventionType> interventionTypes,
        String interventionOther,
        List<Strategy> strategies,
        List<Arena> arenas,
        List<Purpose> purposes,
        LonelinessFocus lonelinessFocus,
        Design design,
        List<String> instruments,
        List<WaveDraft> waves,
        BigDecimal costDkk,
        List<SuccessCriterion> successCriteria,
        List<Partner> partners,
        ProjectStatus status) {

    public ProjectDraft {
        geography = geography == null ? Geography.unstated() : geography;
        targetGroups = listOf(targetGroups);
        interventionTypes = listOf(interventionTypes);
        strategies = listOf(strategies);
        arenas = listOf(arenas);
        purposes = listOf(purposes);
        instruments = listOf(instruments);
        waves = listOf(waves);
        successCriteria = listOf(successCriteria);
        partners = listOf(partners);
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
