package dk.virkning.api.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dk.virkning.api.input.InputRuleException;
import dk.virkning.api.input.StrictJsonConfiguration;
import dk.virkning.api.input.StrictNumberEditor;
import dk.virkning.api.input.Utf8JsonBodies;
import dk.virkning.core.problem.ConflictException;
import dk.virkning.core.problem.ForbiddenException;
import dk.virkning.core.problem.InputProblem;
import dk.virkning.core.problem.InvalidInputException;
import dk.virkning.core.problem.NotFoundException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error a user can cause becomes an RFC 9457 problem detail naming the exact field; only
 * a genuine fault of ours is a 500, and its detail reveals nothing internal. Answers are bounded
 * whatever the input: at most {@value #MAX_LISTED} problems are listed ({@code errorCount} says
 * how many there were), and no message repeats more than {@value Problems#MAX_ECHO} characters
 * of what was sent. Messages never name a Java type: they say what the field expects.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final int MAX_LISTED = Problems.MAX_LISTED;

    private static final Pattern MISSING = Pattern.compile("^Missing required creator property '([^']{1,80})'");

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /**
     * Path and query numbers in decimal digits only. Spring's default editor for numbers trims and
     * decodes, so {@code /projects/0x10} was project 16 and {@code /projects/+1} project 1.
     */
    @InitBinder
    void strictNumbers(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new StrictNumberEditor(false, false));
        binder.registerCustomEditor(Long.class, new StrictNumberEditor(true, false));
        binder.registerCustomEditor(int.class, new StrictNumberEditor(false, true));
        binder.registerCustomEditor(Integer.class, new StrictNumberEditor(true, true));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        List<InputProblem> all = e.problems();
        String first = Problems.bounded(all.get(0).message());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                all.size() == 1 ? first : all.size() + " problems, first: " + first);
        problem.setTitle("Invalid input");
        Problems.list(problem, all);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, Problems.bounded(e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, Problems.bounded(e.getMessage()));
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, Problems.bounded(e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String name = Problems.echo(e.getName());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                Problems.quoted(String.valueOf(e.getValue())) + " is not a valid value for " + name + ": it must be "
                        + expected(e.getRequiredType()) + ".");
        Problems.list(problem, List.of(InputProblem.field(name, "INVALID_VALUE", problem.getDetail())));
        return problem;
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A query parameter is not correctly"
                + " percent-encoded UTF-8 (RFC 3986).");
    }

    /** Spring's own problem details (405, 406, 415, 404 ...) can repeat headers or paths: bounded too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setDetail(Problems.bounded(problem.getDetail()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The upload is not a readable multipart/form-data"
                + " request: send the file in a part named 'file', with a boundary in the Content-Type header.");
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than the " + e.getMaxUploadSize() + " bytes allowed.");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).headers(headers).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        // Thrown by our own argument checks, whose messages are written for users; bounded all the same.
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, Problems.bounded(e.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred. It has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpStatus answer = HttpStatus.BAD_REQUEST;
        String field = "";
        String code = "INVALID_VALUE";
        String detail;
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson) {
            field = Problems.echo(jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                    .collect(Collectors.joining(".")));
            String what = field.isEmpty() ? "The request body" : "Field '" + field + "'";
            if (jackson instanceof StreamConstraintsException limit) {
                code = "TOO_LARGE";
                String message = String.valueOf(limit.getOriginalMessage());
                if (message.startsWith("Document length") || message.startsWith("Token count")) {
                    answer = HttpStatus.CONTENT_TOO_LARGE;
                }
                detail = "The request body exceeds a limit: at most " + StrictJsonConfiguration.MAX_DOCUMENT_BYTES
                        + " bytes, nesting depth " + StrictJsonConfiguration.MAX_NESTING_DEPTH + ", "
                        + StrictJsonConfiguration.MAX_STRING_LENGTH + " characters of text per value, "
                        + StrictJsonConfiguration.MAX_NUMBER_LENGTH + " characters per number and "
                        + StrictJsonConfiguration.MAX_NAME_LENGTH + " per key.";
            } else if (jackson instanceof InputRuleException rule) {
                code = rule.code();
                detail = what + " " + rule.getOriginalMessage();
            } else if (jackson instanceof UnrecognizedPropertyException unknown) {
                code = "UNKNOWN_FIELD";
                detail = "Field '" + field + "' is not known" + known(unknown.getKnownPropertyIds()) + ".";
            } else if (jackson instanceof InputCoercionException) {
                code = "OUT_OF_RANGE";
                detail = what + " holds a number out of range.";
            } else if (jackson instanceof MismatchedInputException mismatch) {
                String message = String.valueOf(mismatch.getOriginalMessage());
                Matcher missing = MISSING.matcher(message);
                if (missing.find()) {
                    code = "REQUIRED";
                    answer = HttpStatus.UNPROCESSABLE_CONTENT;
                    field = Problems.echo(field.isEmpty() ? missing.group(1) : field + "." + missing.group(1));
                    detail = "Field '" + field + "' is required (it may be null, but it must be given).";
                } else if (mismatch.getTargetType() == null) {
                    detail = field.isEmpty() ? "The request body must be a JSON object." : what + " has the wrong type.";
                } else {
                    detail = what + " must be " + expected(mismatch.getTargetType()) + ".";
                }
            } else if (jackson instanceof StreamReadException read) {
                String message = String.valueOf(read.getOriginalMessage());
                if (message.startsWith("Duplicate")) {
                    code = "DUPLICATE_FIELD";
                    detail = "The request body names the same field twice in one object"
                            + (field.isEmpty() ? "" : " (in '" + field + "')") + ".";
                } else {
                    code = "INVALID_JSON";
                    detail = "The request body is not valid JSON" + location(read) + ".";
                }
            } else {
                detail = what + " holds an invalid value.";
            }
        } else if (cause instanceof Utf8JsonBodies.NotUtf8Exception notUtf8) {
            code = "NOT_UTF8";
            detail = notUtf8.getMessage();
        } else if (String.valueOf(e.getMessage()).startsWith("Required request body is missing")) {
            code = "REQUIRED";
            detail = "This request needs a JSON body.";
        } else {
            code = "INVALID_JSON";
            detail = "The request body is not valid JSON.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(answer, detail);
        Problems.list(problem, List.of(InputProblem.field(field.isEmpty() ? null : field, code, detail)));
        return ResponseEntity.status(answer).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> InputProblem.field(Problems.echo(f.getField()), "INVALID_VALUE",
                        "Field '" + Problems.echo(f.getField()) + "' " + f.getDefaultMessage()))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? "The request is invalid." : Problems.bounded(errors.get(0).message()));
        Problems.list(problem, errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    private static String location(StreamReadException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
    }

    private static String known(Collection<Object> names) {
        if (names == null || names.isEmpty()) {
            return "";
        }
        List<String> sorted = new ArrayList<>(names.stream().map(String::valueOf).sorted().toList());
        return "; known fields: " + String.join(", ", sorted.subList(0, Math.min(sorted.size(), 40)));
    }

    /** What a value of the type looks like, in the words of docs/api.md rather than of Java. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type == String.class) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return "one of " + Problems.bounded(names);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a JSON object";
        }
        return "a valid value";
    }
}
