package dk.virkning.api.security;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes credentials from a log line before it is written: access tokens, the values of
 * {@code Authorization} and cookie headers, and secret-looking query parameters. Every line
 * passes here, the servlet container's included (Tomcat logs a rejected header line with its
 * value), so a secret that reaches a message by any path is still not written.
 */
public final class LogRedaction {

    static final String REDACTED = "[REDACTED]";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // A header line or map entry: "Authorization: Bearer x", "authorization=[x]", "Cookie: JSESSIONID=x".
            new Rule(Pattern.compile("(?i)\\b(authorization|proxy-authorization|cookie|set-cookie)"
                    + "(\"?\\s*[:=]\\s*\\[?)(?!\\s*Bearer <token>)[^\\r\\n\\]]*"), "$1$2" + REDACTED),
            new Rule(Pattern.compile("(?i)\\b(bearer|basic|digest|token)(\\s+)[^\\s,;\\]\"'<>]+"), "$1$2" + REDACTED),
            // The platform's own tokens, wherever they appear (a path, a parameter, a conversion error).
            new Rule(Pattern.compile("vk_[A-Za-z0-9_\\-]{4,}"), "vk_" + REDACTED),
            new Rule(Pattern.compile("(?i)\\b(jsessionid|session[_-]?id|access[_-]?token|token|password|passwd|secret"
                    + "|reset[_-]?(?:token|link|code)?|api[_-]?key)(=|%3D|\"\\s*:\\s*\")[^&\\s;,\\]\"'<>]+"),
                    "$1$2" + REDACTED));

    private LogRedaction() {
    }

    public static String redact(String line) {
        if (line == null || line.isEmpty()) {
            return line;
        }
        String result = line;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(rule.replacement());
            }
        }
        return result;
    }
}
