package dk.virkning.batch.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The largest heap in use while it runs: a daemon thread reads the heap every few milliseconds.
 * The collectors' own peak figures per pool are reported alongside, since a sampler can miss
 * the instant before a collection.
 */
final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile boolean running = true;
    private volatile long maxUsed;

    /** @param resetPoolPeaks start the pools' peak figures afresh (for the whole run, not for each part) */
    HeapSampler(boolean resetPoolPeaks) {
        if (resetPoolPeaks) {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
        }
        thread = new Thread(() -> {
            while (running) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                maxUsed = Math.max(maxUsed, used);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Largest sampled heap use, bytes. */
    long maxUsed() {
        return maxUsed;
    }

    /** Sum over heap pools of each pool's peak use since the last reset: an upper bound of the true peak. */
    static long poolPeaks() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
