package dk.virkning.core.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.spring.JdbiUtil;

/**
 * The {@code @JdbiRepository} interfaces as Spring beans whose calls run on the handle of the
 * current Spring transaction, like jdbi3-spring's own binding, but attached once per handle
 * rather than once per call.
 *
 * <p>Why: attaching a SqlObject builds and warms a handler for every method of its interface, so
 * jdbi3-spring's attach-per-call spent most of a {@code POST /responses} in Jdbi set-up
 * (docs/benchmarks.md, "API under load"). Inside a transaction the attached object is kept until
 * the handle closes, which Spring does when the transaction completes; outside one, each call
 * gets its own handle and attachment, as before.
 */
public final class TransactionBoundRepositories implements HandleListener {

    private final Jdbi jdbi;
    private final Map<Handle, Map<Class<?>, Object>> attached = new ConcurrentHashMap<>();

    private TransactionBoundRepositories(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Bindings for this Jdbi; listens to its handles so that an attachment ends with its handle. */
    public static TransactionBoundRepositories of(Jdbi jdbi) {
        TransactionBoundRepositories repositories = new TransactionBoundRepositories(jdbi);
        jdbi.getConfig(Handles.class).addListener(repositories);
        return repositories;
    }

    /** A repository of this type: each call runs on the current transaction's handle, or a handle of its own. */
    public <T> T repository(Class<T> type) {
        InvocationHandler calls = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                return call(type, method, args);
            }
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "repository " + type.getName();
            };
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, calls));
    }

    /** How many open handles hold attachments: none once every transaction has ended. */
    int handlesWithAttachments() {
        return attached.size();
    }

    @Override
    public void handleClosed(Handle handle) {
        attached.remove(handle);
    }

    private Object call(Class<?> type, Method method, Object[] args) throws Throwable {
        Handle handle = JdbiUtil.getHandle(jdbi);
        try {
            Object extension = attached
                    .computeIfAbsent(handle, h -> new ConcurrentHashMap<>())
                    .computeIfAbsent(type, handle::attach);
            // Jdbi's attached SqlObjects are proxies; call through their handler, as jdbi3-spring does.
            return Proxy.getInvocationHandler(extension).invoke(extension, method, args);
        } finally {
            JdbiUtil.closeIfNeeded(handle);
        }
    }
}
