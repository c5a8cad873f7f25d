package dk.virkning.batch.report.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.project.AgeGroup;
import dk.virkning.core.project.Arena;
import dk.virkning.stats.design.Design;
import dk.virkning.stats.instrument.InstrumentCatalog;

/**
 * What a funder narrows a portfolio to: one instrument, and projects of one design, target age
 * group and arena. A null field means no filter (for the instrument: the one most projects measure).
 */
public record PortfolioFilter(String instrument, String design, String ageGroup, String arena) {

    public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null);

    /** Checks request parameters; every bad one is reported, naming the parameter. */
    public static PortfolioFilter of(InstrumentCatalog instruments, String instrument, String design, String ageGroup,
            String arena) {
        List<InputProblem> problems = new ArrayList<>();
        String i = check("instrument", instrument, instruments.ids(), problems);
        String d = check("design", design, names(Design.values()), problems);
        String a = check("ageGroup", ageGroup, names(AgeGroup.values()), problems);
        String r = check("arena", arena, names(Arena.values()), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PortfolioFilter(i, d, a, r);
    }

    boolean isEmpty() {
        return instrument == null && design == null && ageGroup == null && arena == null;
    }

    /** The filter as a canonical JSON object (keys sorted, unset ones left out), as stored with a report. */
    public String json() {
        Map<String, String> set = new TreeMap<>();
        if (instrument != null) {
            set.put("instrument", instrument);
        }
        if (design != null) {
            set.put("design", design);
        }
        if (ageGroup != null) {
            set.put("ageGroup", ageGroup);
        }
        if (arena != null) {
            set.put("arena", arena);
        }
        StringBuilder json = new StringBuilder("{");
        set.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(key)
                .append("\": \"").append(value).append('"'));
        return json.append('}').toString();
    }

    boolean admits(PortfolioData.Project project) {
        return (design == null || design.equals(project.design()))
                && (ageGroup == null || ageGroup.equals(project.ageGroup()))
                && (arena == null || Arrays.asList(project.arenas()).contains(arena));
    }

    private static String check(String field, String value, List<String> allowed, List<InputProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalised = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!allowed.contains(normalised)) {
            problems.add(InputProblem.field(field, "UNKNOWN_VALUE", field + " must be one of "
                    + String.join(", ", allowed) + ", not '" + value + "'."));
            return null;
        }
        return normalised;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
