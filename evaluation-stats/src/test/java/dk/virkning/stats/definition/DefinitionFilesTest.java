package dk.virkning.stats.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The strict reading every definition file gets, on a small format of its own. */
class DefinitionFilesTest {

    enum Kind { SMALL, LARGE }

    record Entry(String key, int count, double weight, Kind kind, @JsonSetter(nulls = Nulls.SKIP) Boolean flag,
            @JsonSetter(nulls = Nulls.AS_EMPTY) List<String> tags, @JsonSetter(nulls = Nulls.SKIP) String note) {

        Entry {
            if (count < 0) {
                throw new IllegalArgumentException("entry " + key + ": count must not be negative");
            }
        }
    }

    record Root(String name, List<Entry> entries) {

        Root checked() {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry.weight() > 1) {
                    throw DefinitionFiles.problem(DefinitionFiles.path(DefinitionFiles.path("entries", i), "weight"),
                            "must be at most 1");
                }
            }
            return DefinitionFiles.at("", () -> new Root(name, entries.stream().filter(e -> e.weight() > 0).toList()));
        }
    }

    private static final String VALID = """
            {
              "name": "test",
              "entries": [
                { "key": "a", "count": 1, "weight": 0.5, "kind": "SMALL" },
                { "key": "b", "count": 2, "weight": 1, "kind": "LARGE", "flag": true, "tags": ["x"], "note": "n" }
              ]
            }
            """;

    private static final String PREFIX = "Test file t.json is invalid: ";

    /** A test catalogue's index.json. */
    record Listing(@JsonSetter(nulls = Nulls.AS_EMPTY) List<String> files) implements DefinitionFiles.Index {

        @Override
        public List<String> names() {
            if (files.isEmpty()) {
                throw DefinitionFiles.problem("files", "lists nothing");
            }
            return files;
        }
    }

    private final DefinitionFiles files = new DefinitionFiles("test", "Test file", IllegalStateException::new);

    private Root read(String json) {
        return files.read("t.json", json, Root.class, Root::checked);
    }

    private DefinitionFiles.Directory<Listing, Root> directory(InMemoryResources resources) {
        return files.directory(resources, "d", Listing.class, this::readNamed, Root::name);
    }

    private Root readNamed(String sourceName, String json) {
        return files.read(sourceName, json, Root.class, Root::checked);
    }

    /** VALID with the second entry's {@code "kind": "LARGE"} replaced. */
    private Root readWithSecondKind(String replacement) {
        return read(VALID.replace("\"kind\": \"LARGE\"", replacement));
    }

    @Test
    void readsAValidFileWithItsOptionalPropertiesAbsentOrGiven() {
        Root root = read(VALID);

        assertThat(root.entries()).containsExactly(
                new Entry("a", 1, 0.5, Kind.SMALL, null, List.of(), null),
                new Entry("b", 2, 1.0, Kind.LARGE, true, List.of("x"), "n"));
    }

    @Test
    void anUnknownPropertyIsNamedWithItsPath() {
        assertThatThrownBy(() -> readWithSecondKind("\"kind\": \"LARGE\", \"colour\": \"red\""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(PREFIX + "entries[1].colour: unknown field");
    }

    @Test
    void aMissingPropertyIsNamedWithItsPath() {
        assertThatThrownBy(() -> read(VALID.replace("\"key\": \"b\", ", "")))
                .hasMessage(PREFIX + "entries[1].key: required field is missing");
    }

    @Test
    void aMissingPrimitiveIsMissingNotZero() {
        assertThatThrownBy(() -> read(VALID.replace("\"count\": 2, ", "")))
                .hasMessage(PREFIX + "entries[1].count: required field is missing");
    }

    @Test
    void aNullRequiredPropertyIsMissing() {
        assertThatThrownBy(() -> read(VALID.replace("\"name\": \"test\"", "\"name\": null")))
                .hasMessage(PREFIX + "name: required field is missing");
    }

    @Test
    void aNullOptionalPropertyIsAbsent() {
        assertThat(read(VALID.replace("\"note\": \"n\"", "\"note\": null")).entries().get(1).note()).isNull();
    }

    @Test
    void aNullArrayElementIsRejected() {
        assertThatThrownBy(() -> read(VALID.replace("[\"x\"]", "[\"x\", null]")))
                .hasMessage(PREFIX + "entries[1].tags[1]: expected a value, not null");
    }

    @Test
    void aDuplicateKeyIsNamedWithThePathOfItsObject() {
        assertThatThrownBy(() -> readWithSecondKind("\"kind\": \"LARGE\", \"kind\": \"SMALL\""))
                .hasMessage("Test file t.json is not valid JSON: entries[1]: Duplicate Object property \"kind\"");
    }

    @Test
    void aDuplicateKeyAtTheRootHasNoPath() {
        assertThatThrownBy(() -> read(VALID.replace("\"name\": \"test\",", "\"name\": \"test\", \"name\": \"x\",")))
                .hasMessage("Test file t.json is not valid JSON: Duplicate Object property \"name\"");
    }

    @Test
    void aStringWhereANumberBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("\"weight\": 1,", "\"weight\": \"1\",")))
                .hasMessage(PREFIX + "entries[1].weight: expected a number");
    }

    @Test
    void aFractionWhereAWholeNumberBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("\"count\": 2", "\"count\": 2.0")))
                .hasMessage(PREFIX + "entries[1].count: expected a whole number");
    }

    @Test
    void aWholeNumberOutOfRangeIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("\"count\": 2", "\"count\": 12345678901")))
                .hasMessage(PREFIX + "entries[1].count: expected a whole number");
    }

    @Test
    void aNumberWhereTextBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("\"key\": \"b\"", "\"key\": 2")))
                .hasMessage(PREFIX + "entries[1].key: expected a non-empty string");
    }

    @Test
    void blankTextIsRejected() {
        assertThatThrownBy(() -> read(VALID.replace("\"note\": \"n\"", "\"note\": \" \"")))
                .hasMessage(PREFIX + "entries[1].note: expected a non-empty string");
    }

    @Test
    void textWhereTrueOrFalseBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("\"flag\": true", "\"flag\": \"true\"")))
                .hasMessage(PREFIX + "entries[1].flag: expected true or false");
    }

    @Test
    void anUnknownEnumConstantNamesTheKnownOnes() {
        assertThatThrownBy(() -> readWithSecondKind("\"kind\": \"large\""))
                .hasMessage(PREFIX + "entries[1].kind: 'large' is not one of SMALL, LARGE");
    }

    @Test
    void anEnumConstantIsNotItsIndex() {
        assertThatThrownBy(() -> readWithSecondKind("\"kind\": 1"))
                .hasMessage(PREFIX + "entries[1].kind: '1' is not one of SMALL, LARGE");
    }

    @Test
    void anObjectWhereAnArrayBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read(VALID.replace("[\"x\"]", "{\"x\": 1}")))
                .hasMessage(PREFIX + "entries[1].tags: expected an array");
    }

    @Test
    void textWhereAnObjectBelongsIsTheWrongType() {
        assertThatThrownBy(() -> read("{\"name\": \"test\", \"entries\": [\"a\"]}"))
                .hasMessage(PREFIX + "entries[0]: expected a JSON object");
    }

    @Test
    void aRootThatIsNotAnObjectIsTheWrongType() {
        assertThatThrownBy(() -> read("[]")).hasMessage(PREFIX + "expected a JSON object");
        assertThatThrownBy(() -> read("")).hasMessage(PREFIX + "expected a JSON object");
    }

    @Test
    void aRuleOfAConstructorIsNamedWithThePathOfItsObject() {
        assertThatThrownBy(() -> read(VALID.replace("\"count\": 2", "\"count\": -2")))
                .hasMessage(PREFIX + "entries[1]: entry b: count must not be negative");
    }

    @Test
    void aRuleOfTheBuilderIsNamedWithThePathItGives() {
        assertThatThrownBy(() -> read(VALID.replace("\"weight\": 1,", "\"weight\": 2,")))
                .hasMessage(PREFIX + "entries[1].weight: must be at most 1");
    }

    @Test
    void contentAfterTheRootObjectIsNotJson() {
        assertThatThrownBy(() -> read(VALID + "{}"))
                .hasMessage("Test file t.json is not valid JSON: unexpected content after the root object");
    }

    @Test
    void textThatIsNotJsonIsNamedAsSuch() {
        assertThatThrownBy(() -> read("name: test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Test file t.json is not valid JSON: Unrecognized token 'name'");
    }

    @Test
    void aDirectoryIsItsIndexAndTheFilesItListsInOrder() {
        DefinitionFiles.Directory<Listing, Root> read = directory(new InMemoryResources()
                .with("d/index.json", "{\"files\": [\"æøå\", \"test\"]}")
                .with("d/test.json", VALID)
                .with("d/æøå.json", "{\"name\": \"æøå\", \"entries\": []}"));

        assertThat(read.index().files()).containsExactly("æøå", "test");
        assertThat(read.values()).extracting(Root::name).containsExactly("æøå", "test");
    }

    @Test
    void aDirectoryWithoutAnIndexIsNamed() {
        assertThatThrownBy(() -> directory(new InMemoryResources()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot find the test index: d/index.json is not on the classpath");
    }

    @Test
    void anIndexIsReadStrictlyAndChecked() {
        assertThatThrownBy(() -> directory(new InMemoryResources().with("d/index.json", "{\"file\": [\"test\"]}")))
                .hasMessage("Test index d/index.json is invalid: file: unknown field");
        assertThatThrownBy(() -> directory(new InMemoryResources().with("d/index.json", "{}")))
                .hasMessage("Test index d/index.json is invalid: files: lists nothing");
    }

    @Test
    void aListedFileThatIsMissingIsNamedWithItsIndex() {
        assertThatThrownBy(() -> directory(new InMemoryResources().with("d/index.json", "{\"files\": [\"gone\"]}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot find test gone listed in d/index.json: d/gone.json is not on the classpath");
    }

    @Test
    void aListedFileMustDefineTheNameItIsListedAs() {
        assertThatThrownBy(() -> directory(new InMemoryResources()
                .with("d/index.json", "{\"files\": [\"other\"]}")
                .with("d/other.json", VALID)))
                .hasMessage("Test file d/other.json has id test but d/index.json lists it as other");
    }

    @Test
    void anInvalidListedFileIsNamed() {
        assertThatThrownBy(() -> directory(new InMemoryResources()
                .with("d/index.json", "{\"files\": [\"test\"]}")
                .with("d/test.json", "{\"name\": \"test\"}")))
                .hasMessage("Test file d/test.json is invalid: entries: required field is missing");
    }
}
