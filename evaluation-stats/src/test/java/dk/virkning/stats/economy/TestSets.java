package dk.virkning.stats.economy;

import java.util.ArrayList;
import java.util.List;

import dk.virkning.stats.design.Design;
import dk.virkning.stats.instrument.LocalizedText;

/** Valuation sets and evidence built in code for tests. */
final class TestSets {

    static final LocalizedText TEXT = new LocalizedText("tekst", "text");

    private TestSets() {
    }

    static ValuationSet dk2026() {
        return ValuationSets.bundled().get("DK-2026.1");
    }

    /** DK-2025.1 plus a WHO-5 mapping (an ASSUMPTION, for tests only). */
    static ValuationSet withWho5Mapping(double pointsPerWho5Point) {
        ValuationSet base = dk2026();
        List<Parameter> parameters = new ArrayList<>(base.parameters());
        parameters.add(new Parameter(ParameterIds.WHO5_TO_LIFE_SATISFACTION, pointsPerWho5Point,
                "life-satisfaction points per WHO-5 point", null, pointsPerWho5Point * 0.5, pointsPerWho5Point * 1.5,
                Distribution.UNIFORM, null, "test mapping", TEXT));
        return new ValuationSet("TEST", "1", TEXT, "DKK", 2024, parameters, null);
    }

    /**
     * Every uncertain parameter uniform and symmetric around its value, the duration fixed
     * at one year (F is not linear in D), no deadweight uncertainty (a product of two
     * uncertain factors has its median off the product of the centres).
     */
    static ValuationSet symmetric() {
        return new ValuationSet("SYM", "1", TEXT, "DKK", 2024, List.of(
                uniform(ParameterIds.WELLBY_VALUE_GBP, 10_000, 2_000),
                fixed(ParameterIds.DKK_PER_GBP, 10),
                fixed(ParameterIds.CPI_RATIO, 1),
                fixed(ParameterIds.DISCOUNT_RATE, 0.035),
                fixed(ParameterIds.DURATION_YEARS, 1),
                fixed(ParameterIds.DROP_OFF, 0.5),
                fixed(ParameterIds.DEADWEIGHT, 0.5),
                fixed(ParameterIds.LIFE_SATISFACTION_GAP, 1),
                uniform(ParameterIds.HEALTH_COST_MUNICIPAL, 1_000, 500),
                uniform(ParameterIds.HEALTH_COST_REGIONAL, 8_000, 2_000),
                fixed(ParameterIds.HEALTH_COST_PRICE_RATIO, 1),
                fixed(ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR, 1),
                uniform(ParameterIds.TRANSFER_COST, 2_000, 1_000),
                fixed(ParameterIds.TAX_DISTORTION, 0.1)), null);
    }

    static Parameter uniform(String id, double value, double halfWidth) {
        return new Parameter(id, value, "unit", null, value - halfWidth, value + halfWidth, Distribution.UNIFORM,
                new Source("Test source", "p. 1"), null, TEXT);
    }

    static Parameter fixed(String id, double value) {
        return new Parameter(id, value, "unit", null, value, value, Distribution.FIXED, new Source("Test source", "p. 1"),
                null, TEXT);
    }

    /**
     * The worked example of docs/methods.md (section 7): PRE_POST, 40 participants (30 of them
     * aged 16-64), 25 completers, DKK 400,000.
     */
    static ProjectEvidence workedExample() {
        return new ProjectEvidence(Design.PRE_POST, 40, 30, 400_000.0,
                new ChangeEstimate("LIFE_SAT", new GroupChange(25, 0.8, 2.0), null, null, false, false),
                new CasenessEstimate("TILS", new CasenessChange(25, 8, 2), null, null, false, false),
                null);
    }

    /**
     * The second worked example: an RCT that measured only T-ILS, 30 participants in the
     * intervention arm, all aged 16-64, with the ANCOVA difference in the share of cases −0.12 (SE 0.09).
     */
    static ProjectEvidence controlledLonelinessExample() {
        return new ProjectEvidence(Design.RCT, 30, 30, 150_000.0, null,
                new CasenessEstimate("TILS", new CasenessChange(30, 9, 3), new CasenessChange(30, 4, 1),
                        new AdjustedDifference(-0.12, 0.09), false, false),
                null);
    }

    /** The second example without its ANCOVA: a result stored before it, valued by the raw difference. */
    static ProjectEvidence controlledLonelinessWithoutAncova() {
        return new ProjectEvidence(Design.RCT, 30, 30, 150_000.0, null,
                new CasenessEstimate("TILS", new CasenessChange(30, 9, 3), new CasenessChange(30, 4, 1), null, false,
                        false),
                null);
    }
}
