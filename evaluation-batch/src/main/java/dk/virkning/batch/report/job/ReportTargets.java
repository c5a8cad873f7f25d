package dk.virkning.batch.report.job;

import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/** How the report job's parameters select its work list. */
final class ReportTargets {

    private ReportTargets() {
    }

    /**
     * The ids a run covers: those listed in {@code ids} ({@code ALL} for every one) together with
     * those of the organisations listed in {@code organisations}; in id order, without repeats.
     */
    static List<Long> select(String ids, String organisations, Supplier<List<Long>> all,
            Function<long[], List<Long>> ofOrganisations) {
        if (ids != null && ids.strip().equalsIgnoreCase("ALL")) {
            return all.get();
        }
        SortedSet<Long> selected = new TreeSet<>(numbers(ids));
        long[] orgs = numbers(organisations).stream().mapToLong(Long::longValue).toArray();
        if (orgs.length > 0) {
            selected.addAll(ofOrganisations.apply(orgs));
        }
        return List.copyOf(selected);
    }

    private static List<Long> numbers(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        return Arrays.stream(parameter.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }
}
