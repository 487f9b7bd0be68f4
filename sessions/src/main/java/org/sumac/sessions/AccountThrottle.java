package org.sumac.sessions;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing against one account, from wherever it comes (the port already paces each source):
 * after 3 failures an account's next logins wait 250 ms, doubling with each further failure up to 8 s; a success or
 * 15 quiet minutes forget them. Unknown user names are accounts too, so the answer's timing says nothing about
 * which names exist. At most 4096 accounts are remembered (the oldest are forgotten first).
 */
final class AccountThrottle {
    static final int FREE_FAILURES = 3;
    static final long FIRST_DELAY = TimeUnit.MILLISECONDS.toNanos(250), MAX_DELAY = TimeUnit.SECONDS.toNanos(8);
    static final long FORGET_AFTER = TimeUnit.MINUTES.toNanos(15);
    static final int MAX_ACCOUNTS = 4096;

    private record Failures(int count, long lastNanos) {}

    private final LinkedHashMap<String, Failures> accounts = new LinkedHashMap<>();

    /** How long a login of {@code user} waits before its password is checked. */
    synchronized long delayNanos(String user, long now) {
        Failures f = accounts.get(user);
        if (f == null) return 0;
        if (now - f.lastNanos() > FORGET_AFTER) {
            accounts.remove(user);
            return 0;
        }
        if (f.count() < FREE_FAILURES) return 0;
        int doublings = Math.min(f.count() - FREE_FAILURES, 10);
        return Math.min(FIRST_DELAY << doublings, MAX_DELAY);
    }

    synchronized void failed(String user, long now) {
        Failures f = accounts.remove(user);
        accounts.put(user, new Failures(f == null ? 1 : f.count() + 1, now));
        if (accounts.size() > MAX_ACCOUNTS) {
            Iterator<Map.Entry<String, Failures>> oldest = accounts.entrySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    synchronized void succeeded(String user) {
        accounts.remove(user);
    }

    synchronized int failures(String user) {
        Failures f = accounts.get(user);
        return f == null ? 0 : f.count();
    }
}
