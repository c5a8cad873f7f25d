package dk.virkning.core.importing;

/**
 * A file as uploaded.
 *
 * @param fileName    the name the client gave, possibly with a path; may be {@code null}
 * @param contentType the client's content type, a hint only; may be {@code null}
 * @param content     the bytes
 */
public record UploadedFile(String fileName, String contentType, byte[] content) {
}
