package dk.virkning.batch.report.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfPTable;
import dk.virkning.batch.report.EconomyFigures;
import dk.virkning.batch.report.InstrumentView;
import dk.virkning.batch.report.pdf.PdfReport;
import dk.virkning.batch.report.pdf.ReportText;
import dk.virkning.stats.economy.Output;
import dk.virkning.stats.economy.Parameter;
import dk.virkning.stats.economy.SensitivityRow;
import dk.virkning.stats.economy.ValuationSet;

/**
 * The well-being economy (docs/methods.md §7): WELLBYs, their value in kroner, budget effects per payer,
 * costs and the social return ratio, each with its 95% Monte Carlo interval; the tornado of one
 * parameter at a time; and the valuation set with every ASSUMPTION named.
 */
final class EconomySection {

    /** Outputs shown, with their decimals, in the order shown. */
    private static final List<Map.Entry<Output, Integer>> FIGURES = List.of(
            Map.entry(Output.WELLBYS, 1),
            Map.entry(Output.WELLBEING_VALUE_DKK, 0),
            Map.entry(Output.BUDGET_MUNICIPALITY_DKK, 0),
            Map.entry(Output.BUDGET_REGION_DKK, 0),
            Map.entry(Output.BUDGET_STATE_DKK, 0),
            Map.entry(Output.BUDGET_TOTAL_DKK, 0),
            Map.entry(Output.TAX_DISTORTION_DKK, 0),
            Map.entry(Output.SOCIAL_VALUE_DKK, 0),
            Map.entry(Output.COST_PER_PARTICIPANT_DKK, 0),
            Map.entry(Output.COST_PER_WELLBY_DKK, 0),
            Map.entry(Output.WELLBEING_RETURN_RATIO, 2),
            Map.entry(Output.BUDGET_RETURN_RATIO, 2),
            Map.entry(Output.SOCIAL_RETURN_RATIO, 2));

    /** The model's reasons (English, stable) and their message keys. */
    private static final Map<String, String> REASONS = Map.of(
            "a post-only design", "economy.reason.postOnly",
            "the project has no participants", "economy.reason.noParticipants",
            "only WHO-5 is measured", "economy.reason.who5Only",
            "no change in life satisfaction", "economy.reason.noOutcome",
            "no change in loneliness caseness", "economy.reason.noCaseness");

    private final ProjectContext context;
    private final PdfReport pdf;
    private final ReportText text;

    EconomySection(ProjectContext context) {
        this.context = context;
        this.pdf = context.pdf();
        this.text = context.text();
    }

    void write() {
        pdf.heading(text.get("economy.heading"));
        EconomyFigures economy = context.data().economy().orElse(null);
        if (economy == null) {
            pdf.paragraph(text.get("economy.notComputed"));
            return;
        }
        if (!economy.valued()) {
            pdf.labelled(text.get("economy.notValued"), reason(economy.notValuedReason()));
            return;
        }
        if (economy.suppressed() && context.audience().suppressesSmallCells()) {
            pdf.labelled(text.get("economy.notValued"), text.get("economy.hidden"));
            return;
        }
        pdf.paragraph(text.get("economy.explanation", economy.valuationSetKey(), context.enrolmentCount(economy.participants())));
        PdfPTable table = pdf.table(3.2f, 1.6f, 2.4f);
        pdf.headerCell(table, text.get("economy.figure"));
        pdf.headerCell(table, text.get("economy.central"));
        pdf.headerCell(table, text.get("economy.interval"));
        boolean unbounded = false;
        List<String> unstable = new ArrayList<>();
        for (Map.Entry<Output, Integer> figure : FIGURES) {
            Output output = figure.getKey();
            if (Boolean.FALSE.equals(economy.stable(output))) {
                unstable.add(text.get("output." + output.jsonName()));
            }
            int decimals = figure.getValue();
            pdf.cell(table, text.get("output." + output.jsonName()));
            boolean money = output.jsonName().endsWith("_dkk");
            pdf.numberCell(table, money ? text.dkk(economy.central(output)) : text.number(economy.central(output), decimals));
            pdf.numberCell(table, text.openInterval(economy.low(output), economy.high(output), decimals));
            unbounded |= economy.central(output) != null && (economy.low(output) == null) != (economy.high(output) == null);
        }
        pdf.add(table);
        if (unbounded) {
            pdf.paragraph(text.get("economy.unbounded"), pdf.note);
        }
        intentionToTreat(economy);
        if (economy.budgetNotValuedReason() != null) {
            pdf.paragraph(text.get("economy.budgetNotValued", reason(economy.budgetNotValuedReason())), pdf.note);
        } else {
            pdf.paragraph(text.get("economy.socialValueDefinition"), pdf.note);
            Integer aged = economy.participantsAged16To64();
            if (aged != null && aged < economy.participants()) {
                pdf.paragraph(text.get("economy.otherAges", text.integer(economy.participants() - aged),
                        text.integer(economy.participants())), pdf.note);
            }
        }
        valueExceedsCost(economy);
        boolean controlled = "CONTROL_GROUP".equals(economy.counterfactual());
        pdf.paragraph(text.get(controlled ? "economy.counterfactualControl" : "economy.counterfactualDeadweight"),
                pdf.note);
        if (!controlled && "LONELINESS_CASENESS".equals(economy.route())) {
            pdf.paragraph(text.get("economy.routeBRegression"), pdf.note);
        }
        if (economy.draws() != null) {
            pdf.paragraph(text.get("economy.monteCarlo", text.integer(economy.draws()), String.valueOf(economy.seed()))
                    + " " + (unstable.isEmpty() ? text.get("economy.boundsStable")
                    : text.get("economy.boundsUnstable", String.join(", ", unstable))), pdf.note);
        }
        if (economy.caution()) {
            pdf.paragraph(text.get("summary.caution"), pdf.note);
        }
        tornado(economy);
        valuationSet(economy);
    }

    /** The headline counts non-completers as no change; the complete-case figure is the sensitivity beside it. */
    private void intentionToTreat(EconomyFigures economy) {
        Double completeCase = economy.completeCase(Output.SOCIAL_VALUE_DKK);
        if (completeCase == null) {
            return;
        }
        pdf.paragraph(text.get("economy.intentionToTreat", text.dkk(economy.central(Output.SOCIAL_VALUE_DKK)),
                text.dkk(completeCase), text.number(economy.completeCase(Output.WELLBYS), 1)), pdf.note);
    }

    /** How likely the project returns more than it cost, given the model: the share of draws above the cost. */
    private void valueExceedsCost(EconomyFigures economy) {
        Double social = economy.socialValueExceedsCost();
        Double wellbeing = economy.wellbeingValueExceedsCost();
        if (social == null || wellbeing == null) {
            return;
        }
        pdf.paragraph(text.get("economy.exceedsCost", text.percent(social), text.percent(wellbeing)), pdf.note);
    }

    /**
     * Why an ASSUMPTION has its value, in the report's language: the set states it in English, the
     * Danish bundle translates it per set version ({@code rationale.DK-2026.1.deadweight}).
     */
    private String rationale(ValuationSet set, Parameter parameter) {
        return text.getOrDefault("rationale." + set.key() + "." + parameter.id(), parameter.rationale());
    }

    /** The parameter's unit in the report's language; the valuation set's own (English) unit for one added later. */
    private String unit(Parameter parameter) {
        String key = "unit." + parameter.id();
        String one = parameter.value() == 1.0 ? text.getOrDefault(key + ".one", null) : null;
        return one != null ? one : text.getOrDefault(key, parameter.unit());
    }

    private void tornado(EconomyFigures economy) {
        List<SensitivityRow> swings = economy.swings();
        Double central = economy.central(Output.SOCIAL_VALUE_DKK);
        if (swings.isEmpty() || central == null) {
            return;
        }
        List<SensitivityRow> shown = swings.subList(0, Math.min(8, swings.size()));
        float height = 60 + 22 * shown.size();
        pdf.subheading(text.get("economy.tornadoHeading"), height);
        pdf.chart(ReportCharts.tornado(shown, central, text, this::parameterLabel), pdf.width(), height);
        pdf.paragraph(text.get("economy.tornadoCaption", text.dkk(central)), pdf.note);
    }

    private void valuationSet(EconomyFigures economy) {
        ValuationSet set = context.valuationSets().find(economy.valuationSetKey()).orElse(null);
        pdf.subheading(text.get("economy.setHeading", economy.valuationSetKey()));
        List<String> assumptions = economy.assumptionIds();
        if (!assumptions.isEmpty()) {
            pdf.labelled(Parameter.ASSUMPTION + ":", text.get("economy.assumptionsUsed",
                    String.join(", ", assumptions.stream().map(this::parameterLabel).toList())));
        }
        if (set == null) {
            return;
        }
        PdfPTable table = pdf.table(2.6f, 1.5f, 1.7f, 3.2f);
        for (String key : List.of("economy.parameter", "economy.value", "economy.range", "economy.source")) {
            pdf.headerCell(table, text.get(key));
        }
        for (Parameter parameter : set.parameters()) {
            pdf.cell(table, parameterLabel(parameter.id()));
            pdf.numberCell(table, text.number(parameter.value(), decimals(parameter.value())) + " " + unit(parameter));
            pdf.numberCell(table, text.interval(parameter.low(), parameter.high(), decimals(parameter.value())));
            pdf.cell(table, parameter.assumption() ? Parameter.ASSUMPTION + ": " + rationale(set, parameter)
                    : parameter.sourceLabel());
        }
        pdf.add(table);
    }

    private String parameterLabel(String id) {
        if (id.startsWith("effect:")) {
            String instrument = id.substring("effect:".length());
            return text.get("parameter.effect", context.instrument(instrument).map(InstrumentView::shortName).orElse(instrument));
        }
        return text.getOrDefault("parameter." + id, id);
    }

    private static int decimals(double value) {
        double magnitude = Math.abs(value);
        return magnitude >= 100 || magnitude == Math.rint(magnitude) ? 0 : magnitude >= 1 ? 2 : 3;
    }

    private String reason(String reason) {
        if (reason == null) {
            return ReportText.NONE;
        }
        return REASONS.entrySet().stream().filter(e -> reason.startsWith(e.getKey()))
                .map(e -> text.get(e.getValue())).findFirst().orElse(reason);
    }
}
