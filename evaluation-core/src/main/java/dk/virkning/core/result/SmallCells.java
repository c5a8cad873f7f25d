package dk.virkning.core.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.CellStatistics;
import dk.virkning.stats.contract.ContractJson;

/**
 * Suppression of small cells for everyone but a project's own staff (docs/privacy.md, small
 * cells). A result resting on fewer than five participants shows no statistics at all; in larger
 * results every count of one to four people is withheld, with the statistics that would reveal it
 * (each record of the contract knows which those are). {@link #complementary} then withholds
 * what would let a reader recompute a withheld count from the counts still shown.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** The statistics as a funder may see them, and the names of the fields withheld. */
    public static Suppressed suppress(CellStatistics statistics, boolean wholeRowSuppressed) {
        if (wholeRowSuppressed) {
            return new Suppressed(statistics.withheld(), ContractJson.fieldNames(statistics));
        }
        CellStatistics shown = statistics.withoutSmallCounts();
        return new Suppressed(shown, ContractJson.cleared(statistics, shown));
    }

    public record Suppressed(CellStatistics statistics, List<String> withheld) {
    }

    /** Counts that add up across the subgroups of one type (to the ALL row's). */
    private static final List<String> ADDITIVE = List.of("n_missing", "cases_pre", "cases_post", "cases_resolved",
            "cases_new", "mic_improved", "mic_deteriorated", "n_intervention", "n_control", "n_completers",
            "n_non_completers");
    /**
     * Counts tied by an identity within one result: cases_post = cases_pre − cases_resolved + cases_new,
     * n = n_intervention + n_control, n = n_completers + n_non_completers. One withheld member of a
     * group could be recomputed from the others, so a group is withheld whole.
     */
    private static final List<List<String>> IDENTITIES = List.of(
            List.of("cases_pre", "cases_post", "cases_resolved", "cases_new"),
            List.of("n_intervention", "n_control"),
            List.of("n_completers", "n_non_completers"));
    /** What a withheld count takes with it, because it would reveal the count. */
    private static final Map<String, List<String>> REVEALS = Map.of(
            "cases_pre", List.of("mcnemar_p", "mcnemar_exact_p"),
            "cases_post", List.of("mcnemar_p", "mcnemar_exact_p"),
            "cases_resolved", List.of("mcnemar_p", "mcnemar_exact_p"),
            "cases_new", List.of("mcnemar_p", "mcnemar_exact_p"),
            "mic_improved", List.of("share_improved"),
            "mic_deteriorated", List.of("share_deteriorated"));

    /** A result as staff see it and as suppressed for another viewer by {@link #suppress}. */
    public record Cell(EvaluationResultView original, EvaluationResultView shown) {
    }

    /** The result as staff see it, with what {@link #suppress} leaves of it for everyone else. */
    public static Cell cell(EvaluationResultView staff) {
        Suppressed shown = suppress(staff.statistics(), staff.suppressed());
        return new Cell(staff, new EvaluationResultView(staff.instrument(), staff.baselineWave(), staff.laterWave(),
                staff.subgroupType(), staff.subgroupValue(), staff.analysis(), staff.suppressed() ? null : staff.n(),
                staff.caution(), staff.suppressed(), shown.statistics(), shown.withheld(), staff.computedAt()));
    }

    /**
     * Complementary suppression (docs/privacy.md, small cells): a count withheld in one place must
     * not be recoverable by subtraction elsewhere.
     * <ul>
     * <li>Within one result, a withheld member of an identity withholds the whole identity.</li>
     * <li>Within one instrument × wave pair × analysis × subgroup type, the subgroups add up to the
     * ALL result. Where exactly one subgroup is withheld whole, the smallest other one is withheld
     * too; where exactly one subgroup's count is withheld, the same count of the subgroup with the
     * smallest other value is.</li>
     * </ul>
     * Repeated until nothing changes, since one withholding can make another count the only one.
     * Used for every viewer but the project's own staff; the results come back in their order.
     */
    public static List<EvaluationResultView> complementary(List<Cell> cells) {
        List<Working> rows = cells.stream().map(Working::new).toList();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Working row : rows) {
                changed |= row.closeIdentities();
            }
            Map<List<String>, List<Working>> groups = rows.stream()
                    .filter(r -> !"ALL".equals(r.original.subgroupType()))
                    .collect(Collectors.groupingBy(r -> List.of(String.valueOf(r.original.instrument()),
                            String.valueOf(r.original.baselineWave()), String.valueOf(r.original.laterWave()),
                            r.original.analysis(), r.original.subgroupType()), LinkedHashMap::new, Collectors.toList()));
            for (List<Working> group : groups.values()) {
                changed |= complementRows(group);
                for (String field : ADDITIVE) {
                    changed |= complementField(group, field);
                }
            }
        }
        return rows.stream().map(Working::view).toList();
    }

    private static boolean complementRows(List<Working> group) {
        List<Working> hidden = group.stream().filter(r -> r.whole).toList();
        if (hidden.size() != 1) {
            return false;
        }
        return group.stream().filter(r -> !r.whole && r.original.n() != null)
                .min(Comparator.comparingInt(r -> r.original.n()))
                .map(r -> {
                    r.withholdWhole();
                    return true;
                }).orElse(false);
    }

    private static boolean complementField(List<Working> group, String field) {
        List<Working> open = group.stream().filter(r -> !r.whole && r.originalValue(field) != null).toList();
        long hidden = open.stream().filter(r -> r.isHidden(field)).count();
        if (hidden != 1) {
            return false;
        }
        return open.stream().filter(r -> !r.isHidden(field))
                .min(Comparator.comparingInt(r -> r.originalValue(field)))
                .map(r -> {
                    r.hide(field);
                    return true;
                }).orElse(false);
    }

    /** One result while suppression is decided: its fields as a map, and whether it is withheld whole. */
    private static final class Working {

        final EvaluationResultView original;
        final EvaluationResultView shown;
        final Map<String, Object> originalFields;
        final Map<String, Object> fields;
        final Set<String> withheld;
        boolean whole;

        Working(Cell cell) {
            this.original = cell.original();
            this.shown = cell.shown();
            this.originalFields = fields(original.statistics());
            this.fields = fields(shown.statistics());
            this.withheld = new LinkedHashSet<>(shown.withheld());
            this.whole = shown.n() == null && original.n() != null;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> fields(CellStatistics statistics) {
            return new LinkedHashMap<>(ContractJson.read(ContractJson.write(statistics), Map.class));
        }

        Integer originalValue(String field) {
            return originalFields.get(field) instanceof Number number ? number.intValue() : null;
        }

        boolean isHidden(String field) {
            return originalFields.get(field) != null && fields.get(field) == null;
        }

        void hide(String field) {
            if (fields.get(field) != null) {
                fields.put(field, null);
                withheld.add(field);
            }
            for (String revealing : REVEALS.getOrDefault(field, List.of())) {
                if (fields.get(revealing) != null) {
                    fields.put(revealing, null);
                    withheld.add(revealing);
                }
            }
        }

        boolean closeIdentities() {
            if (whole) {
                return false;
            }
            boolean changed = false;
            for (List<String> identity : IDENTITIES) {
                if (identity.stream().anyMatch(this::isHidden)) {
                    for (String field : identity) {
                        if (fields.get(field) != null) {
                            hide(field);
                            changed = true;
                        }
                    }
                }
            }
            return changed;
        }

        void withholdWhole() {
            whole = true;
            fields.replaceAll((name, value) -> null);
            withheld.addAll(originalFields.keySet());
        }

        EvaluationResultView view() {
            if (!whole && fields.equals(fields(shown.statistics())) && withheld.equals(Set.copyOf(shown.withheld()))) {
                return shown;
            }
            CellStatistics statistics = ContractJson.read(Analysis.valueOf(shown.analysis()), ContractJson.write(fields));
            List<String> names = new ArrayList<>(withheld);
            if (whole && shown.n() != null) {
                names.add(0, "n");
            }
            return new EvaluationResultView(shown.instrument(), shown.baselineWave(), shown.laterWave(),
                    shown.subgroupType(), shown.subgroupValue(), shown.analysis(), whole ? null : shown.n(),
                    shown.caution(), shown.suppressed(), statistics, List.copyOf(names), shown.computedAt());
        }
    }
}
