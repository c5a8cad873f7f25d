package dk.virkning.core.user;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code VIRKNING_BOOTSTRAP_ADMIN_TOKEN}: the token of the first platform administrator of a fresh
 * installation. Ignored once any platform administrator exists.
 *
 * @param token the token to register, or {@code null}
 */
@ConfigurationProperties("virkning.bootstrap.admin")
public record BootstrapAdminProperties(String token) {
}
