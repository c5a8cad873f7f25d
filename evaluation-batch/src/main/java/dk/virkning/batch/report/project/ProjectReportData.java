package dk.virkning.batch.report.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.virkning.batch.report.EconomyFigures;
import dk.virkning.core.project.Wave;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.AttritionStatistics;
import dk.virkning.stats.contract.BetweenGroupStatistics;
import dk.virkning.stats.contract.CellStatistics;
import dk.virkning.stats.contract.WithinGroupStatistics;

/**
 * Everything a project report shows, read from the registry and the result tables of the
 * evaluation and economy jobs. Rendering needs nothing else.
 *
 * @param project     the project's registry facts
 * @param waves       the waves in offset order; the first is the baseline
 * @param enrolled    non-erased participants per arm (INTERVENTION, CONTROL)
 * @param respondents per wave and arm: participants who answered at least one questionnaire
 * @param results     the evaluation job's result cells
 * @param pairs       complete score pairs per instrument for the main wave pair (staff reports only)
 * @param economy     the economy estimate, if the economy job has valued the project
 * @param evaluation  when the results were computed, if ever
 */
public record ProjectReportData(Project project, List<Wave> waves, List<ArmCount> enrolled, List<WaveCount> respondents,
        List<Result> results, List<ScorePair> pairs, Optional<EconomyFigures> economy, Optional<Run> evaluation) {

    public record Project(long id, long organisationId, String organisationName, String title, String description,
            LocalDate periodStart, LocalDate periodEnd, String design, String ageGroup, Integer targetAgeMin,
            Integer targetAgeMax, String[] arenas, String[] instruments, BigDecimal costDkk) {

        boolean controlled() {
            return design.equals("PRE_POST_CONTROL") || design.equals("RCT");
        }
    }

    public record ArmCount(String arm, int participants) {
    }

    public record WaveCount(long waveId, String arm, int participants) {
    }

    public record ScorePair(String instrument, double pre, double post) {
    }

    public record Run(OffsetDateTime computedAt, Long jobExecutionId) {
    }

    /**
     * One evaluation result. {@code statistics} are as computed; {@code withheld} names what this
     * report's audience may not see ({@code n} when the whole result is withheld): for a funder the
     * small counts and what would let a reader work them out (docs/privacy.md), for staff nothing.
     */
    public record Result(String instrument, long baselineWaveId, long laterWaveId, String subgroupType, String subgroupValue,
            Analysis analysis, int n, boolean caution, boolean suppressed, CellStatistics statistics,
            Set<String> withheld) {

        public Result {
            withheld = Set.copyOf(withheld);
        }

        boolean isAll() {
            return subgroupType.equals("ALL");
        }

        /** The statistics of a WITHIN result. */
        WithinGroupStatistics within() {
            return (WithinGroupStatistics) statistics;
        }

        /** The statistics of a BETWEEN result. */
        BetweenGroupStatistics between() {
            return (BetweenGroupStatistics) statistics;
        }

        /** The statistics of an ATTRITION result. */
        AttritionStatistics attrition() {
            return (AttritionStatistics) statistics;
        }
    }

    Optional<Wave> baseline() {
        return waves.isEmpty() ? Optional.empty() : Optional.of(waves.get(0));
    }

    List<Wave> laterWaves() {
        return waves.size() < 2 ? List.of() : waves.subList(1, waves.size());
    }

    String waveName(long id) {
        return waves.stream().filter(w -> w.id() == id).map(Wave::name).findFirst().orElse("?");
    }

    /** Instruments with results, in the project's order. */
    List<String> instrumentsWithResults() {
        return java.util.Arrays.stream(project.instruments())
                .filter(i -> results.stream().anyMatch(r -> r.instrument().equals(i)))
                .toList();
    }

    /** The result of an instrument, wave pair, subgroup and analysis, if computed. */
    Optional<Result> result(String instrument, long laterWaveId, String type, String value, Analysis analysis) {
        return results.stream().filter(r -> r.instrument().equals(instrument) && r.laterWaveId() == laterWaveId
                && r.subgroupType().equals(type) && r.subgroupValue().equals(value) && r.analysis() == analysis)
                .findFirst();
    }

    /** The first later wave with a whole-group WITHIN result for the instrument: the main result. */
    Optional<Long> mainLaterWave(String instrument) {
        return laterWaves().stream().map(Wave::id)
                .filter(id -> result(instrument, id, "ALL", "ALL", Analysis.WITHIN).isPresent())
                .findFirst();
    }

    int enrolledTotal() {
        return enrolled.stream().mapToInt(ArmCount::participants).sum();
    }
}
