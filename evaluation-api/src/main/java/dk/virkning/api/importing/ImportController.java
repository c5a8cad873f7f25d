package dk.virkning.api.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import dk.virkning.core.access.Caller;
import dk.virkning.core.importing.ImportSummary;
import dk.virkning.core.importing.ResponseImportService;
import dk.virkning.core.importing.UploadedFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Response files (CSV or XLSX, long or wide) imported into a project, all or nothing. The rules
 * live in {@link ResponseImportService}; the upload size limit is spring.servlet.multipart's.
 */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/imports")
@Tag(name = "Imports")
class ImportController {

    private final ResponseImportService imports;

    ImportController(ResponseImportService imports) {
        this.imports = imports;
    }

    /** 201 with the new import; 200 with the earlier one when the same file was imported before. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV or XLSX file of responses: all rows, or none and every error with its row"
            + " and column")
    ResponseEntity<ImportSummary> upload(@AuthenticationPrincipal Caller caller, @PathVariable long projectId,
            @RequestPart("file") MultipartFile file) {
        ImportSummary summary = imports.importFile(caller, projectId,
                new UploadedFile(file.getOriginalFilename(), file.getContentType(), bytes(file)));
        if (summary.alreadyImported()) {
            return ResponseEntity.ok(summary);
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/projects/{projectId}/imports/{importId}")
                .buildAndExpand(projectId, summary.importId()).toUri();
        return ResponseEntity.created(location).body(summary);
    }

    @GetMapping
    @Operation(summary = "The project's imports, newest first")
    List<ImportSummary> list(@AuthenticationPrincipal Caller caller, @PathVariable long projectId) {
        return imports.list(caller, projectId);
    }

    @GetMapping("/{importId}")
    @Operation(summary = "One import of the project")
    ImportSummary get(@AuthenticationPrincipal Caller caller, @PathVariable long projectId,
            @PathVariable long importId) {
        return imports.get(caller, projectId, importId);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be read", e);
        }
    }
}
