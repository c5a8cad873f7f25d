package dk.virkning.core.catalog;

import dk.virkning.stats.economy.ValuationSets;
import dk.virkning.stats.instrument.InstrumentCatalog;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The instrument catalogue and the valuation sets the platform ships, each loaded once when the
 * context starts (a malformed definition file stops the start) and injected wherever they are
 * used. An auto-configuration, so the API, the batch jobs and every module's test context get the
 * same two beans without scanning this package.
 */
@AutoConfiguration
public class CatalogConfiguration {

    @Bean
    InstrumentCatalog instrumentCatalog() {
        return InstrumentCatalog.bundled();
    }

    @Bean
    ValuationSets valuationSets() {
        return ValuationSets.bundled();
    }
}
