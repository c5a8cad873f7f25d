package dk.virkning.core.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import dk.virkning.core.CoreTestApplication;
import dk.virkning.core.access.Caller;
import dk.virkning.core.access.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The core services in a JVM of their own, importing one file as a STAFF user: the process that
 * {@link ImportKillTest} kills. Arguments: file, project id, organisation id, user id, then Spring Boot's.
 */
public final class ImportProcess {

    private ImportProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long project = Long.parseLong(args[1]);
        long organisation = Long.parseLong(args[2]);
        long user = Long.parseLong(args[3]);
        String[] spring = java.util.Arrays.copyOfRange(args, 4, args.length);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class).run(spring);
        Caller staff = new Caller(user, false, Map.of(organisation, Set.of(Role.STAFF)));
        System.out.println("importing " + file);
        ImportSummary summary = context.getBean(ResponseImportService.class).importFile(staff, project,
                new UploadedFile(file.getFileName().toString(), "text/csv", Files.readAllBytes(file)));
        System.out.println("imported " + summary.created());
        context.close();
        System.exit(0);
    }
}
