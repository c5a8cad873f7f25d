package dk.virkning.api.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's default error JSON ({@code timestamp}, {@code error}, ...) with a problem
 * detail for whatever reaches the servlet error page: errors raised outside Spring MVC, such as
 * a filter's, or a {@code sendError} from the container.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        HttpStatus known = HttpStatus.resolve(status);
        if (known == null || status < 400) {
            known = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        String detail = switch (known) {
            case BAD_REQUEST -> "The request could not be read: check the URL, the headers and the body.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this HTTP method.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            case UNSUPPORTED_MEDIA_TYPE -> "This content type is not accepted here.";
            case NOT_ACCEPTABLE -> "This address answers application/json or application/problem+json only.";
            case UNAUTHORIZED -> "Authentication is required.";
            case FORBIDDEN -> "You may not do this.";
            default -> known.is5xxServerError() ? "An unexpected error occurred." : known.getReasonPhrase() + ".";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(known, detail);
        return ResponseEntity.status(known).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
