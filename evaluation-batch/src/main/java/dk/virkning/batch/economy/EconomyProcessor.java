package dk.virkning.batch.economy;

import dk.virkning.stats.economy.EconomyModel;
import dk.virkning.stats.economy.ProjectEvidence;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Values one project: reads its facts and main-pair evaluation results, assembles the
 * evidence and runs the economy model. A project that disappeared since it was read is
 * filtered out (returns null).
 */
class EconomyProcessor implements ItemProcessor<ProjectToValue, ValuedProject> {

    private final EconomyInputRepository inputs;
    private final EconomyJobParameters parameters;

    EconomyProcessor(EconomyInputRepository inputs, EconomyJobParameters parameters) {
        this.inputs = inputs;
        this.parameters = parameters;
    }

    @Override
    public ValuedProject process(ProjectToValue project) {
        return inputs.facts(project.projectId(), project.organisationId())
                .map(facts -> {
                    ProjectEvidence evidence = EvidenceAssembler.assemble(facts,
                            inputs.mainEffects(project.projectId(), project.organisationId()));
                    return new ValuedProject(project.projectId(), project.organisationId(),
                            EconomyModel.estimate(evidence, parameters.valuationSet(), parameters.monteCarlo()));
                })
                .orElse(null);
    }
}
