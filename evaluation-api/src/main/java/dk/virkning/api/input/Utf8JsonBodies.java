package dk.virkning.api.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * JSON bodies are UTF-8 without a byte order mark (RFC 8259, section 8.1). Jackson would detect
 * UTF-16 or UTF-32 and skip a BOM, so a client whose other tools read UTF-8 only could store what
 * they then cannot read back; the body is refused instead, before it is parsed.
 */
@ControllerAdvice
public class Utf8JsonBodies extends RequestBodyAdviceAdapter {

    /** Why a body was refused; its message is for the user. */
    public static final class NotUtf8Exception extends IOException {
        NotUtf8Exception(String message) {
            super(message);
        }
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        MediaType type = message.getHeaders().getContentType();
        Charset charset = type == null ? null : type.getCharset();
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw refused("The request body must be JSON in UTF-8; the Content-Type names " + charset.name() + ".",
                    message);
        }
        BufferedInputStream body = new BufferedInputStream(message.getBody(), 4);
        body.mark(4);
        byte[] start = body.readNBytes(4);
        body.reset();
        if (startsWithByteOrderMark(start)) {
            throw refused("The request body must be JSON in UTF-8 without a byte order mark.", message);
        }
        // JSON text starts with an ASCII character, which UTF-16 and UTF-32 write with a zero byte.
        if (start.length >= 2 && (start[0] == 0 || start[1] == 0)) {
            throw refused("The request body must be JSON in UTF-8, not UTF-16 or UTF-32.", message);
        }
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                        || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    private static HttpMessageNotReadableException refused(String detail, HttpInputMessage message) {
        return new HttpMessageNotReadableException(detail, new NotUtf8Exception(detail), message);
    }
}
