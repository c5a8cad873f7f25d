package dk.virkning.batch.launch;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The convention by which a step tells the progress reporter how many items it will process:
 * it puts the count in its execution context under {@link #TOTAL}.
 */
public final class JobItems {

    public static final String TOTAL = "virkning.itemsTotal";

    private JobItems() {
    }

    public static void announce(ExecutionContext context, long total) {
        context.putLong(TOTAL, total);
    }
}
