package dk.virkning.api.security;

import dk.virkning.core.user.CallerResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The API is stateless and authenticated by personal access tokens only, so it sets no cookie
 * and CSRF protection does not apply to it. The security headers are in docs/privacy.md.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** For answers that are data, never a page: nothing may load, frame or be submitted. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    /**
     * For pages (Swagger UI today, the web pages later): only same-origin scripts and styles, no
     * inline script; {@code data:} images for the icons Swagger UI's stylesheet embeds.
     */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";

    /**
     * Without this Spring Security wraps each of its filters in a Micrometer observation, a dozen
     * per request that nothing reads (only health and info are exposed); on two cores they were a
     * visible part of a request's CPU (docs/benchmarks.md, "API under load").
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, CallerResolver callers, ProblemResponses problems)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error")
                        .permitAll()
                        .anyRequest().authenticated())
                .headers(headers -> headers
                        // HSTS stays Spring Security's default: written on secure (TLS) requests only.
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        .addHeaderWriter(SecurityConfiguration::writeContentSecurityPolicy)
                        .addHeaderWriter(SecurityConfiguration::writeNoStore))
                .addFilterBefore(new BearerTokenFilter(callers, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                                HttpStatus.UNAUTHORIZED, "Authentication required: send 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this.")));
        return http.build();
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    }

    private static void writeContentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", isPage(request) ? PAGE_CSP : API_CSP);
    }

    /**
     * Everything but the pages' static files holds data (responses, reports, users, the audit log),
     * so no cache, shared or private, may keep a copy. Set over whatever a controller chose.
     */
    private static void writeNoStore(HttpServletRequest request, HttpServletResponse response) {
        if (!isPage(request)) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
            response.setHeader(HttpHeaders.EXPIRES, "0");
        }
    }
}
