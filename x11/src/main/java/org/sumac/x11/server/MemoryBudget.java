package org.sumac.x11.server;

import java.util.concurrent.atomic.AtomicLong;
import org.sumac.x11.protocol.XError;

/**
 * Bytes of heap charged against a limit, and against every enclosing budget: a client's budget sits inside its
 * display's, so a charge must fit both. Charges are counted, not allocated: the caller charges before it
 * allocates and releases what it charged once the memory is unreachable. Thread-safe (request threads charge under
 * the display lock, writer threads release outside it).
 */
public final class MemoryBudget {
    private final long limit;
    private final MemoryBudget parent;
    private final AtomicLong used = new AtomicLong();

    public MemoryBudget(long limit, MemoryBudget parent) {
        this.limit = limit;
        this.parent = parent;
    }

    public long limit() { return limit; }
    public long used() { return used.get(); }

    /** Charges bytes here and in every enclosing budget, or nothing at all when one of them would pass its limit. */
    public boolean tryCharge(long bytes) {
        if (bytes <= 0) return true;
        long now = used.addAndGet(bytes);
        if (now > limit || now < 0) {
            used.addAndGet(-bytes);
            return false;
        }
        if (parent != null && !parent.tryCharge(bytes)) {
            used.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    /** Charges bytes or raises BadAlloc, the protocol's answer to a request the server has no memory for. */
    public void charge(long bytes) {
        if (!tryCharge(bytes)) throw XError.alloc();
    }

    public void release(long bytes) {
        if (bytes <= 0) return;
        used.addAndGet(-bytes);
        if (parent != null) parent.release(bytes);
    }

    /** What a piece of memory was charged to, so that whoever drops it releases the same amount to the same budget. */
    public record Charge(MemoryBudget budget, long bytes) {
        public void release() { budget.release(bytes); }
    }

    /** Charges bytes as {@link #charge} does and returns the charge to release later. */
    public Charge hold(long bytes) {
        charge(bytes);
        return new Charge(this, bytes);
    }
}
