package dk.virkning.stats.instrument;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A class loader that serves the given text resources, so catalog tests need no files. */
final class InMemoryResources extends ClassLoader {

    private final Map<String, String> resources = new HashMap<>();

    InMemoryResources() {
        super(null);
    }

    InMemoryResources with(String name, String content) {
        resources.put(name, content);
        return this;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        String content = resources.get(name);
        return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
