package dk.virkning.stats.economy;

import dk.virkning.stats.instrument.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned, immutable set of valuation parameters. An estimate records the set's
 * {@link #key()}; a correction is published as a new version, never as an edit.
 *
 * @param id the set's family, e.g. {@code DK}
 * @param version e.g. {@code 2026.1}
 * @param title a title in Danish and English
 * @param currency the currency of the outputs ({@code DKK})
 * @param priceYear the price year of the outputs
 * @param parameters the parameters, in file order (the Monte Carlo draws them in this order)
 * @param definition the file's JSON text as published, stored with every estimate's set; null for a set built in code
 */
public record ValuationSet(String id, String version, LocalizedText title, String currency, int priceYear,
        List<Parameter> parameters, String definition) {

    public ValuationSet {
        if (id == null || !id.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("id must be letters, digits or _, got " + id);
        }
        if (version == null || !version.matches("[0-9A-Za-z.]+")) {
            throw new IllegalArgumentException("version must be letters, digits or dots, got " + version);
        }
        if (title == null) {
            throw new IllegalArgumentException("title is missing");
        }
        if (!"DKK".equals(currency)) {
            throw new IllegalArgumentException("currency must be DKK, got " + currency);
        }
        parameters = List.copyOf(parameters);
        Map<String, Parameter> byId = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            if (byId.putIfAbsent(parameter.id(), parameter) != null) {
                throw new IllegalArgumentException("parameter " + parameter.id() + " is defined twice");
            }
            if (!ParameterIds.KNOWN.contains(parameter.id())) {
                throw new IllegalArgumentException("parameter " + parameter.id() + " is unknown (known: "
                        + String.join(", ", ParameterIds.KNOWN) + ")");
            }
        }
        List<String> missing = new ArrayList<>(ParameterIds.REQUIRED);
        missing.removeAll(byId.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("required parameters are missing: " + String.join(", ", missing));
        }
        requireShare(byId.get(ParameterIds.DEADWEIGHT));
        requireShare(byId.get(ParameterIds.DROP_OFF));
        requireAtLeast(byId.get(ParameterIds.DURATION_YEARS), 0);
        requireAtLeast(byId.get(ParameterIds.WELLBY_VALUE_GBP), 0);
        requireAtLeast(byId.get(ParameterIds.DKK_PER_GBP), 0);
        requireAtLeast(byId.get(ParameterIds.CPI_RATIO), 0);
        requireAtLeast(byId.get(ParameterIds.HEALTH_COST_PRICE_RATIO), 0);
        requireAtLeast(byId.get(ParameterIds.HEALTH_COST_OTHER_AGES_FACTOR), 0);
        requireShare(byId.get(ParameterIds.TAX_DISTORTION));
        for (Parameter parameter : parameters) {
            boolean amount = parameter.unit().startsWith("DKK per") && !parameter.unit().startsWith("DKK per GBP");
            if (amount && parameter.priceYear() != null && parameter.priceYear() != priceYear
                    && !ParameterIds.UPRATED.contains(parameter.id())) {
                throw new IllegalArgumentException(parameter.id() + ": an amount at " + parameter.priceYear()
                        + " prices in a set at " + priceYear + " prices, and the model does not uprate it; give it at "
                        + priceYear + " prices");
            }
        }
        if (byId.get(ParameterIds.DISCOUNT_RATE).low() <= -1) {
            throw new IllegalArgumentException(ParameterIds.DISCOUNT_RATE + ": must be above -1");
        }
    }

    /** {@code id-version}, e.g. {@code DK-2026.1}: the name of the file and of the set in reports. */
    public String key() {
        return id + "-" + version;
    }

    /** The parameter with this id, if the set holds it. */
    public Optional<Parameter> find(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }

    /**
     * The parameter with this id.
     *
     * @throws IllegalArgumentException if the set does not hold it
     */
    public Parameter parameter(String parameterId) {
        return find(parameterId).orElseThrow(() -> new IllegalArgumentException(
                "valuation set " + key() + " has no parameter " + parameterId));
    }

    /** The parameters labelled ASSUMPTION. */
    public List<Parameter> assumptions() {
        return parameters.stream().filter(Parameter::assumption).toList();
    }

    private static void requireShare(Parameter parameter) {
        if (parameter.low() < 0 || parameter.high() > 1) {
            throw new IllegalArgumentException(parameter.id() + ": a share must lie between 0 and 1");
        }
    }

    private static void requireAtLeast(Parameter parameter, double minimum) {
        if (parameter.low() < minimum) {
            throw new IllegalArgumentException(parameter.id() + ": must be at least " + minimum);
        }
    }
}
