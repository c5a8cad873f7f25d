package dk.virkning.stats.definition;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** A class loader that serves the given text resources, so catalogue tests need no files. */
public final class InMemoryResources extends ClassLoader {

    private final Map<String, String> resources = new HashMap<>();

    public InMemoryResources() {
        super(null);
    }

    public InMemoryResources with(String name, String content) {
        resources.put(name, content);
        return this;
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        String content = resources.get(name);
        return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
