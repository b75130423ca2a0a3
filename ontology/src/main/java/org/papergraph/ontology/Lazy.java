package org.papergraph.ontology;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * Computes a value on first use and returns the same value from then on.
 *
 * <p>Thread-safe: the loader runs at most once successfully, under a lock. If it throws, nothing
 * is kept and the next call runs it again, so a failure is reported to every caller in the same
 * way instead of turning into a {@code NoClassDefFoundError} as a failed static initialiser would.
 *
 * @param <T> the type of the value
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> loader;
    private volatile @Nullable T value;

    Lazy(Supplier<T> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    @Override
    public T get() {
        T result = value;
        if (result != null) {
            return result;
        }
        synchronized (this) {
            result = value;
            if (result == null) {
                result = Objects.requireNonNull(loader.get(), "loader returned null");
                value = result;
            }
            return result;
        }
    }
}
