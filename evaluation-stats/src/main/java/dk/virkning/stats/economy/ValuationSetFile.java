package dk.virkning.stats.economy;

import static dk.virkning.stats.definition.DefinitionFiles.at;
import static dk.virkning.stats.definition.DefinitionFiles.path;
import static dk.virkning.stats.definition.DefinitionFiles.problem;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dk.virkning.stats.definition.DefinitionFiles;
import dk.virkning.stats.instrument.LocalizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The JSON shape of a valuation set file (docs/methods.md, section 7), as
 * {@link DefinitionFiles} binds it: a component is required unless annotated. The rules stay
 * with {@link ValuationSet}, {@link Parameter} and {@link Source}.
 */
record ValuationSetFile(
        String id,
        String version,
        LocalizedText title,
        String currency,
        int priceYear,
        @JsonSetter(nulls = Nulls.SKIP) String notes,
        List<ParameterFile> parameters) {

    record ParameterFile(
            String id,
            double value,
            String unit,
            @JsonSetter(nulls = Nulls.SKIP) Integer priceYear,
            double low,
            double high,
            Distribution distribution,
            SourceFile source,
            @JsonSetter(nulls = Nulls.SKIP) String rationale,
            LocalizedText description) {

        Parameter parameter(String path) {
            return at(path, () -> new Parameter(id, value, unit, priceYear, low, high, distribution, source.source(),
                    rationale, description));
        }
    }

    /** {@code {"citation", "locator"}}, or the string {@code "ASSUMPTION"}: then {@code source} is null. */
    record SourceFile(Source source) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        static SourceFile cited(@JsonProperty("citation") String citation, @JsonProperty("locator") String locator) {
            return new SourceFile(new Source(citation, locator));
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static SourceFile assumption(String text) {
            if (!Parameter.ASSUMPTION.equals(text)) {
                throw new IllegalArgumentException("a string source must be \"" + Parameter.ASSUMPTION + "\"");
            }
            return new SourceFile(null);
        }
    }

    /** {@code index.json}: the keys of the sets to load, in order, and the one new estimates use. */
    record Index(String current, List<String> sets) implements DefinitionFiles.Index {

        @Override
        public List<String> names() {
            if (new HashSet<>(sets).size() != sets.size()) {
                throw problem("sets", "a key is listed twice");
            }
            if (!sets.contains(current)) {
                throw problem("current", "set " + current + " is not listed in sets");
            }
            return sets;
        }
    }

    /** The set, keeping the file's text as its published {@link ValuationSet#definition()}. */
    ValuationSet set(String json) {
        List<Parameter> built = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            built.add(parameters.get(i).parameter(path("parameters", i)));
        }
        return at("", () -> new ValuationSet(id, version, title, currency, priceYear, built, json));
    }
}
