package dk.virkning.batch.report.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dk.virkning.batch.report.Audience;
import dk.virkning.batch.report.EconomyFigures;
import dk.virkning.core.problem.NotFoundException;
import dk.virkning.core.project.Wave;
import dk.virkning.stats.contract.Analysis;
import dk.virkning.stats.contract.ContractJson;
import dk.virkning.stats.contract.MonteCarloStatistics;
import dk.virkning.stats.contract.PointEstimate;
import dk.virkning.stats.contract.UsedAssumption;
import dk.virkning.stats.economy.SensitivityRow;
import dk.virkning.stats.economy.ValuationSets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads one project's report data in one read-only transaction, so that all of it is from one moment. */
@Component
public class ProjectReportLoader {

    private final ReportDataRepository data;
    private final ValuationSets valuationSets;

    public ProjectReportLoader(ReportDataRepository data, ValuationSets valuationSets) {
        this.data = data;
        this.valuationSets = valuationSets;
    }

    /**
     * @param organisationId the project's organisation, as established by the caller's access check or the job
     * @param audience       a funder's report gets no participant-level score pairs
     */
    @Transactional(readOnly = true)
    public ProjectReportData load(long projectId, long organisationId, Audience audience) {
        ProjectReportData.Project project = data.project(projectId, organisationId)
                .orElseThrow(() -> new NotFoundException("Project", projectId));
        List<Wave> waves = data.waves(projectId, organisationId);
        List<ProjectReportData.Result> results = data.results(projectId, organisationId).stream()
                .map(r -> new ProjectReportData.Result(r.instrument(), r.baselineWaveId(), r.laterWaveId(),
                        r.subgroupType(), r.subgroupValue(), Analysis.valueOf(r.analysis()), r.n(), r.caution(),
                        r.suppressed(), ContractJson.read(Analysis.valueOf(r.analysis()), r.statistics()), Set.of()))
                .toList();
        if (audience.suppressesSmallCells()) {
            results = FunderCells.withheld(results);
        }
        List<ProjectReportData.ScorePair> pairs = List.of();
        if (audience == Audience.STAFF && waves.size() >= 2) {
            pairs = data.pairs(projectId, organisationId, waves.get(0).id(), waves.get(1).id());
        }
        Optional<EconomyFigures> economy = data.economy(projectId, organisationId,
                valuationSets.current().key()).map(ProjectReportLoader::figures);
        return new ProjectReportData(project, waves, data.enrolled(projectId, organisationId),
                data.respondents(projectId, organisationId), results, pairs, economy,
                data.evaluationRun(projectId, organisationId));
    }

    /** The project's title, for file names. */
    @Transactional(readOnly = true)
    public String title(long projectId, long organisationId) {
        return data.project(projectId, organisationId).map(ProjectReportData.Project::title)
                .orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    private static EconomyFigures figures(ReportDataRepository.EconomyRow row) {
        return new EconomyFigures(row.valuationSetId(), row.valuationSetVersion(), row.status(), row.notValuedReason(),
                row.route(), row.counterfactual(), row.budgetNotValuedReason(), row.participants(),
                row.participantsAged16To64(), row.costDkk() == null ? null : row.costDkk().doubleValue(),
                row.pointEstimate() == null ? null : ContractJson.read(row.pointEstimate(), PointEstimate.class),
                row.completeCase() == null ? null : ContractJson.read(row.completeCase(), PointEstimate.class),
                row.monteCarlo() == null ? null : ContractJson.read(row.monteCarlo(), MonteCarloStatistics.class),
                ContractJson.readList(row.sensitivity(), SensitivityRow.class),
                ContractJson.readList(row.assumptions(), UsedAssumption.class),
                row.caution(), row.suppressed(), row.seed(), row.draws());
    }
}
