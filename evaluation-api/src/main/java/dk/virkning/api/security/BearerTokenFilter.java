package dk.virkning.api.security;

import java.io.IOException;
import java.util.Optional;

import dk.virkning.core.access.Caller;
import dk.virkning.core.user.CallerResolver;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A request without the header goes on
 * unauthenticated (and is refused later where authentication is required); a request with a
 * wrong token is refused here, so a typo never silently becomes an anonymous request.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final CallerResolver callers;
    private final ProblemResponses problems;

    BearerTokenFilter(CallerResolver callers, ProblemResponses problems) {
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The Authorization header must be 'Bearer <token>'.");
            return;
        }
        Optional<Caller> caller = callers.resolve(header.substring(PREFIX.length()).trim());
        if (caller.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The access token is unknown, revoked or expired.");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller.get()));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
