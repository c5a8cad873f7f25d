package dk.virkning.core.importing;

/** The container the rows came in. */
public enum FileType {
    CSV,
    XLSX
}
