package dk.virkning.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import dk.virkning.stats.design.Design;

/** A stored project with its typology, waves (in offset order), success criteria and partners. */
public record Project(
        long id,
        long organisationId,
        Long parentProjectId,
        String title,
        String description,
        LocalDate periodStart,
        LocalDate periodEnd,
        Geography geography,
        Integer targetAgeMin,
        Integer targetAgeMax,
        AgeGroup ageGroup,
        List<String> targetGroups,
        List<InterventionType> interventionTypes,
        String interventionOther,
        List<Strategy> strategies,
        List<Arena> arenas,
        List<Purpose> purposes,
        LonelinessFocus lonelinessFocus,
        Design design,
        List<String> instruments,
        List<Wave> waves,
        BigDecimal costDkk,
        List<SuccessCriterion> successCriteria,
        List<Partner> partners,
        ProjectStatus status,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public Project {
        targetGroups = List.copyOf(targetGroups);
        interventionTypes = List.copyOf(interventionTypes);
        strategies = List.copyOf(strategies);
        arenas = List.copyOf(arenas);
        purposes = List.copyOf(purposes);
        instruments = List.copyOf(instruments);
        waves = List.copyOf(waves);
        successCriteria = List.copyOf(successCriteria);
        partners = List.copyOf(partners);
    }

    public Optional<Wave> wave(String name) {
        return waves.stream().filter(w -> w.name().equals(name)).findFirst();
    }
}
