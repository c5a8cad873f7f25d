package dk.virkning.batch.launch;

import org.springframework.boot.batch.autoconfigure.BatchTaskExecutor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Jobs are launched asynchronously, so that an API request returns the execution id at once and
 * the caller follows progress; the command line waits for the end instead. Two jobs may run at
 * once, so that the evaluation of one freshly imported project does not wait behind a nightly
 * full run; further requests queue.
 */
@Configuration
@EnableConfigurationProperties(JobsProperties.class)
public class BatchInfrastructureConfiguration {

    @Bean
    @BatchTaskExecutor
    TaskExecutor batchTaskExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(10_000);
        executor.setThreadNamePrefix("job-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
