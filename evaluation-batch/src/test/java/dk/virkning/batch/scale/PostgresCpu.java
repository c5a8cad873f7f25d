package dk.virkning.batch.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by the PostgreSQL server (the postmaster and its backends), read from Linux's
 * /proc: the database's share of the two cores during a measurement. Zero elsewhere.
 */
final class PostgresCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private PostgresCpu() {
    }

    /** Seconds of user + system CPU used so far by {@code postmaster} and its live children. */
    static double seconds(long postmaster) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .mapToDouble(p -> ownCpu(p, postmaster)).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double ownCpu(Path process, long postmaster) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long pid = Long.parseLong(process.getFileName().toString());
            long parent = Long.parseLong(fields[1]);
            if (pid != postmaster && parent != postmaster) {
                return 0;
            }
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (pid == postmaster) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // backends that have ended
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile, or not Linux
        }
    }
}
