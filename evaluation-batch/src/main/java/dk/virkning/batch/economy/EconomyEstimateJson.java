package dk.virkning.batch.economy;

import dk.virkning.stats.economy.EconomyEstimate;
import dk.virkning.stats.economy.EffectEstimate;
import dk.virkning.stats.economy.OutputDistribution;
import dk.virkning.stats.economy.MonteCarloSummary;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.Outputs;
import dk.virkning.stats.economy.Parameter;
import dk.virkning.stats.economy.SensitivityRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored form of an estimate. Field names are the model's snake_case output names
 * (docs/methods.md (section 7)); undefined figures are JSON null, never 0; intervals are
 * two-element arrays [2.5 %, 97.5 %], as in the statistics contract.
 */
final class EconomyEstimateJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EconomyEstimateJson() {
    }

    static EconomyEstimateRow row(ValuedProject project, Long jobExecutionId) {
        EconomyEstimate e = project.estimate();
        Outputs point = e.point();
        MonteCarloSummary monteCarlo = e.monteCarlo();
        return new EconomyEstimateRow(project.projectId(), project.organisationId(), e.valuationSetId(),
                e.valuationSetVersion(), e.status().name(), e.notValuedReason(), e.route().name(), e.design().name(),
                e.wellbeingEffect() == null ? null : e.wellbeingEffect().counterfactual().name(),
                e.budgetNotValuedReason(), e.participants(),
                e.costDkk() == null ? null : BigDecimal.valueOf(e.costDkk()).setScale(2, RoundingMode.HALF_UP),
                value(point, Output.WELLBYS), value(point, Output.WELLBEING_VALUE_DKK),
                value(point, Output.BUDGET_TOTAL_DKK), value(point, Output.TOTAL_VALUE_DKK),
                value(point, Output.COST_PER_WELLBY_DKK), value(point, Output.SOCIAL_RETURN_RATIO),
                point == null ? null : outputs(point), e.valued() ? effects(e) : null,
                monteCarlo == null ? null : monteCarlo(monteCarlo), sensitivity(e), e.parametersUsed()
                        .toArray(String[]::new), assumptions(e), notes(e), e.caution(), e.suppressed(),
                monteCarlo == null ? null : monteCarlo.seed(), monteCarlo == null ? null : monteCarlo.draws(),
                jobExecutionId);
    }

    static String outputs(Outputs outputs) {
        ObjectNode node = JSON.createObjectNode();
        for (Output output : Output.values()) {
            node.put(output.jsonName(), output.of(outputs));
        }
        return node.toString();
    }

    private static String effects(EconomyEstimate estimate) {
        ObjectNode node = JSON.createObjectNode();
        node.set("wellbeing", effect(estimate.wellbeingEffect()));
        node.set("caseness", estimate.casenessEffect() == null ? null : effect(estimate.casenessEffect()));
        return node.toString();
    }

    private static ObjectNode effect(EffectEstimate effect) {
        ObjectNode node = JSON.createObjectNode();
        node.put("instrument", effect.instrument());
        node.put("kind", effect.kind().name());
        node.put("estimate", effect.estimate());
        node.put("se", effect.standardError());
        node.put("counterfactual", effect.counterfactual().name());
        node.put("n_intervention", effect.nIntervention());
        node.put("n_control", effect.nControl());
        return node;
    }

    static String monteCarlo(MonteCarloSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seed", summary.seed());
        node.put("draws", summary.draws());
        ObjectNode outputs = node.putObject("outputs");
        for (Output output : Output.values()) {
            OutputDistribution interval = summary.of(output);
            if (interval == null) {
                outputs.putNull(output.jsonName());
                continue;
            }
            ObjectNode figure = outputs.putObject(output.jsonName());
            figure.put("mean", interval.mean());
            figure.put("median", interval.median());
            ArrayNode bounds = figure.putArray("interval");
            bounds.add(interval.lower());
            bounds.add(interval.upper());
        }
        return node.toString();
    }

    private static String sensitivity(EconomyEstimate estimate) {
        ArrayNode rows = JSON.createArrayNode();
        for (SensitivityRow row : estimate.sensitivity()) {
            ObjectNode node = rows.addObject();
            node.put("input", row.input());
            node.put("assumption", row.assumption());
            node.put("low_input", row.lowInput());
            node.put("high_input", row.highInput());
            node.put("total_value_at_low", row.totalValueAtLow());
            node.put("total_value_at_high", row.totalValueAtHigh());
            node.put("ratio_at_low", row.ratioAtLow());
            node.put("ratio_at_high", row.ratioAtHigh());
            node.put("swing", row.swing());
        }
        return rows.toString();
    }

    private static String assumptions(EconomyEstimate estimate) {
        ArrayNode rows = JSON.createArrayNode();
        for (Parameter parameter : estimate.assumptions()) {
            ObjectNode node = rows.addObject();
            node.put("id", parameter.id());
            node.put("label", Parameter.ASSUMPTION);
            node.put("value", parameter.value());
            node.put("unit", parameter.unit());
            node.put("low", parameter.low());
            node.put("high", parameter.high());
            node.put("rationale", parameter.rationale());
        }
        return rows.toString();
    }

    private static String notes(EconomyEstimate estimate) {
        ArrayNode notes = JSON.createArrayNode();
        estimate.notes().forEach(notes::add);
        return notes.toString();
    }

    private static Double value(Outputs outputs, Output output) {
        return outputs == null ? null : output.of(outputs);
    }
}
