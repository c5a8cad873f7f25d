package dk.virkning.batch.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a job's time goes, from Java Flight Recorder's stack samples of the job's threads. A
 * sample counts for the first layer found walking down from the top of its stack: the statistics,
 * JSON, reading a project's data, writing results, Spring Batch's own bookkeeping, or the
 * evaluator's grouping. Samples of threads running Java code (on CPU) and of threads in native
 * code (nearly always a socket read waiting for PostgreSQL) are counted apart.
 */
final class JfrProfile implements AutoCloseable {

    /** Layers by a fragment of the frame's class name, checked in this order for each frame. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("dk.virkning.stats.", "statistics (evaluation-stats)");
        LAYERS.put("tools.jackson.", "JSON (Jackson)");
        LAYERS.put("EvaluationResultWriter", "writing results (JDBC)");
        LAYERS.put("EvaluationResultRepository", "writing results (JDBC)");
        LAYERS.put("EconomyEstimateWriter", "writing results (JDBC)");
        LAYERS.put("EconomyEstimateRepository", "writing results (JDBC)");
        LAYERS.put("EvaluationDataRepository", "reading project data (JDBC)");
        LAYERS.put("EconomyInputRepository", "reading project data (JDBC)");
        LAYERS.put("JdbcPagingItemReader", "reading project data (JDBC)");
        LAYERS.put("org.springframework.batch.core.repository.", "Spring Batch metadata (JobRepository)");
        LAYERS.put("ProjectEvaluator", "evaluator: pairing and subgroups");
    }

    private final Recording recording = new Recording();
    private final String threadPrefix;

    /** Starts sampling every 10 ms; only threads whose names start with one of {@code threadPrefix} count. */
    JfrProfile(String threadPrefix) {
        this.threadPrefix = threadPrefix;
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.NativeMethodSample").withPeriod(Duration.ofMillis(10));
        recording.enable("jdk.GarbageCollection");
        recording.start();
    }

    /** Stops and summarises: samples per layer, on CPU and in native code, and GC pause time. */
    String summary() throws IOException {
        recording.stop();
        Path file = Files.createTempFile("virkning-batch-", ".jfr");
        recording.dump(file);
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Long> hot = new java.util.HashMap<>();
        long gcNanos = 0;
        long onCpu = 0;
        long inNative = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcNanos += event.getDuration().toNanos();
                continue;
            }
            if (!event.hasField("sampledThread") || event.getThread("sampledThread") == null) {
                continue;
            }
            String thread = event.getThread("sampledThread").getJavaName();
            if (thread == null || !matches(thread)) {
                continue;
            }
            int column = type.equals("jdk.ExecutionSample") ? 0 : 1;
            counts.computeIfAbsent(layer(event.getStackTrace() == null ? List.of() : event.getStackTrace().getFrames()),
                    k -> new long[2])[column]++;
            if (column == 0) {
                hot.merge(hotMethod(event.getStackTrace().getFrames()), 1L, Long::sum);
                onCpu++;
            } else {
                inNative++;
            }
        }
        Files.deleteIfExists(file);
        StringBuilder text = new StringBuilder();
        text.append(String.format("  %-42s %8s %8s%n", "layer", "on CPU", "native"));
        for (Map.Entry<String, long[]> row : counts.entrySet()) {
            text.append(String.format("  %-42s %7.1f%% %7.1f%%%n", row.getKey(),
                    100.0 * row.getValue()[0] / Math.max(1, onCpu), 100.0 * row.getValue()[1] / Math.max(1, inNative)));
        }
        long cpuSamples = onCpu;
        hot.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> text.append(String.format("    %5.1f%% %s%n", 100.0 * e.getValue() / Math.max(1, cpuSamples), e.getKey())));
        text.append(String.format("  samples: %d on CPU, %d in native code; GC pauses %.2f s%n", onCpu, inNative,
                gcNanos / 1e9));
        return text.toString();
    }

    private boolean matches(String thread) {
        for (String prefix : threadPrefix.split(",")) {
            if (thread.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (type.contains(layer.getKey())) {
                    return layer.getValue();
                }
            }
        }
        return "other (Spring, JDBI, JDK)";
    }

    /** The topmost frame of our own code or the statistics, with the frame above it. */
    private static String hotMethod(List<RecordedFrame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            RecordedFrame f = frames.get(i);
            if (f.getMethod() != null && f.getMethod().getType().getName().startsWith("dk.virkning")) {
                return name(f) + (i > 0 ? " (via " + name(frames.get(i - 1)) + ")" : "");
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(0));
    }

    private static String name(RecordedFrame f) {
        return f.getMethod() == null ? "?" : f.getMethod().getType().getName().replaceAll(".*\\.", "") + "."
                + f.getMethod().getName();
    }

    @Override
    public void close() {
        recording.close();
    }
}
