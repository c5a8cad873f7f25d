package dk.virkning.core.project;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Converts between the domain records and the project table's SQL values (enums by name, lists as arrays). */
final class ProjectColumns {

    private ProjectColumns() {
    }

    static ProjectRepository.Columns of(ProjectDraft d) {
        Geography g = d.geography();
        return new ProjectRepository.Columns(d.parentProjectId(), d.title(), d.description(), d.periodStart(),
                d.periodEnd(), g.national(), g.regionCodes().toArray(String[]::new),
                g.municipalityCodes().toArray(String[]::new), d.targetAgeMin(), d.targetAgeMax(),
                d.targetGroups().toArray(String[]::new), names(d.interventionTypes()), d.interventionOther(),
                names(d.strategies()), names(d.arenas()), names(d.purposes()),
                d.lonelinessFocus() == null ? null : d.lonelinessFocus().name(), d.design().name(),
                d.instruments().toArray(String[]::new), d.costDkk(), d.status().name());
    }

    static Project toProject(ProjectRepository.Row r, List<Wave> waves, List<SuccessCriterion> criteria,
            List<Partner> partners) {
        return new Project(r.id(), r.organisationId(), r.parentProjectId(), r.title(), r.description(),
                r.periodStart(), r.periodEnd(),
                new Geography(r.geographyNational(), List.of(r.regionCodes()), List.of(r.municipalityCodes())),
                r.targetAgeMin(), r.targetAgeMax(), r.ageGroup(), List.of(r.targetGroups()),
                values(r.interventionTypes(), InterventionType::valueOf), r.interventionOther(),
                values(r.strategies(), Strategy::valueOf), values(r.arenas(), Arena::valueOf),
                values(r.purposes(), Purpose::valueOf), r.lonelinessFocus(), r.design(), List.of(r.instruments()),
                waves, r.costDkk(), criteria, partners, r.status(), r.createdAt(), r.updatedAt());
    }

    private static String[] names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static <E> List<E> values(String[] names, Function<String, E> parse) {
        return Arrays.stream(names).map(parse).toList();
    }
}
