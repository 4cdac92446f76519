package org.peercert.certification.pdf;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Costly, not thread-safe objects lent to one PDF at a time. A thread-local would not do: requests run on
 * virtual threads, a new one per request, so nothing per thread is ever reused. Holds at most {@code max}
 * idle objects; more are made when more PDFs are drawn at once, and dropped when given back.
 */
final class Pool<T> {

    private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final Supplier<T> factory;
    private final int max;

    Pool(Supplier<T> factory, int max) {
        this.factory = factory;
        this.max = max;
    }

    T borrow() {
        T object = idle.poll();
        if (object == null) {
            return factory.get();
        }
        idleCount.decrementAndGet();
        return object;
    }

    /** Returns it for reuse; false when the pool is full and the caller should release it. */
    boolean giveBack(T object) {
        if (idleCount.incrementAndGet() > max) {
            idleCount.decrementAndGet();
            return false;
        }
        idle.offer(object);
        return true;
    }
}
