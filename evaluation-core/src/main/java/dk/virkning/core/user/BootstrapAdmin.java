package dk.virkning.core.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates the first PLATFORM_ADMIN from {@link BootstrapAdminProperties}, once. */
@Service
@EnableConfigurationProperties(BootstrapAdminProperties.class)
public class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);
    static final String EMAIL = "admin@virkning.invalid";

    private final UserRepository users;
    private final AccessTokenRepository tokens;
    private final BootstrapAdminProperties properties;

    public BootstrapAdmin(UserRepository users, AccessTokenRepository tokens, BootstrapAdminProperties properties) {
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
    }

    /** @return whether an administrator was created */
    @Transactional
    public boolean createIfNeeded() {
        String token = properties.token();
        if (token == null || token.isBlank() || users.anyPlatformAdmin()) {
            return false;
        }
        if (token.length() < 16) {
            throw new IllegalStateException("VIRKNING_BOOTSTRAP_ADMIN_TOKEN must be at least 16 characters");
        }
        long id = users.insert(EMAIL, "Platform administrator", true);
        tokens.insert(id, AccessTokens.sha256(token), "bootstrap");
        log.info("Created the platform administrator (user {}) with the bootstrap token", id);
        return true;
    }
}
