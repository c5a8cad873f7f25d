package dk.virkning.stats.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reference cases made with R: every line of every {@code .jsonl} file of a test-resource folder. */
final class CaseFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CaseFiles() {
    }

    /** The cases as (name, case) arguments, files in name order. */
    static Stream<Arguments> of(String directory) throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(CaseFiles.class.getClassLoader().getResource(directory)).toURI());
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode node = JSON.readTree(line);
                    cases.add(Arguments.of(node.get("name").asString(), node));
                }
            }
        }
        return cases.stream();
    }
}
