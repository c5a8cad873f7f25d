package dk.virkning.core.project;

import java.util.List;
import java.util.Optional;

import dk.virkning.stats.design.Design;

/** What participant and response services need to know of a project. */
public record ProjectRef(long id, long organisationId, Design design, List<String> instruments, List<Wave> waves) {

    public ProjectRef {
        instruments = List.copyOf(instruments);
        waves = List.copyOf(waves);
    }

    /** The project's wave with this name; names are unique without regard to case. */
    public Optional<Wave> wave(String name) {
        return name == null ? Optional.empty()
                : waves.stream().filter(w -> w.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The project's chosen instrument with this id, as the catalog spells it. */
    public Optional<String> instrument(String id) {
        return id == null ? Optional.empty()
                : instruments.stream().filter(i -> i.equalsIgnoreCase(id.strip())).findFirst();
    }
}
