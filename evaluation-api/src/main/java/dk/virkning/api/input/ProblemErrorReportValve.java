package dk.virkning.api.input;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Writes the answers Tomcat gives on its own (a malformed URL, a bad header, an error before the
 * application is reached) as problem details instead of HTML.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 400 -> "The request could not be read: check the URL's percent-encoding, the headers and the body.";
            case 404 -> "There is nothing at this address.";
            case 413 -> "The request is too large.";
            case 414 -> "The URL is too long.";
            case 431 -> "The request headers are too large.";
            default -> status >= 500 ? "An unexpected error occurred." : "The request cannot be served.";
        };
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone; there is no one left to answer.
        }
    }
}
