package dk.virkning.batch.report;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A stored economy estimate (table economy_estimate), read by the economy model's output names
 * (docs/methods.md, section 7): central values from {@code point_estimate}, 95% intervals from the
 * Monte Carlo summary, and the tornado rows from {@code sensitivity}.
 */
record EconomyFigures(String valuationSetId, String valuationSetVersion, String status, String notValuedReason,
        String route, String counterfactual, String budgetNotValuedReason, int participants, Double costDkk,
        Stats point, Stats monteCarlo, Stats sensitivity, Stats assumptions, boolean caution, boolean suppressed,
        Long seed, Integer draws) {

    record Swing(String input, boolean assumption, double lowInput, double highInput, double totalAtLow,
            double totalAtHigh) {
    }

    boolean valued() {
        return status.equals("VALUED");
    }

    String valuationSetKey() {
        return valuationSetId + "-" + valuationSetVersion;
    }

    Double central(String output) {
        return point.number(output);
    }

    Double low(String output) {
        return interval(output, 0);
    }

    Double high(String output) {
        return interval(output, 1);
    }

    private Double interval(String output, int index) {
        JsonNode figure = monteCarlo.fields().path("outputs").path(output).path("interval");
        return figure.isArray() && figure.size() == 2 && figure.get(index).isNumber() ? figure.get(index).asDouble() : null;
    }

    /** Tornado rows, largest swing first, as stored. */
    List<Swing> swings() {
        List<Swing> rows = new ArrayList<>();
        for (JsonNode row : sensitivity.fields()) {
            if (row.path("total_value_at_low").isNumber() && row.path("total_value_at_high").isNumber()) {
                rows.add(new Swing(row.path("input").asString(), row.path("assumption").asBoolean(),
                        row.path("low_input").asDouble(), row.path("high_input").asDouble(),
                        row.path("total_value_at_low").asDouble(), row.path("total_value_at_high").asDouble()));
            }
        }
        return rows;
    }

    /** The ids of the ASSUMPTION parameters the estimate used. */
    List<String> assumptionIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode row : assumptions.fields()) {
            ids.add(row.path("id").asString());
        }
        return ids;
    }
}
