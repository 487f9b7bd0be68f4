package org.sumac.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AccountThrottleTest {
    @Test
    void failuresPastThreeSlowAnAccountDownUntilASuccess() {
        AccountThrottle t = new AccountThrottle();
        long now = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(0, t.delayNanos("bob", now));
            t.failed("bob", now);
        }
        assertEquals(TimeUnit.MILLISECONDS.toNanos(250), t.delayNanos("bob", now));
        t.failed("bob", now);
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), t.delayNanos("bob", now));
        for (int i = 0; i < 20; i++) t.failed("bob", now);
        assertEquals(AccountThrottle.MAX_DELAY, t.delayNanos("bob", now));
        assertEquals(0, t.delayNanos("alice", now), "another account is not slowed");
        t.succeeded("bob");
        assertEquals(0, t.delayNanos("bob", now));
    }

    @Test
    void quietAccountsAreForgottenAndTheTableIsBounded() {
        AccountThrottle t = new AccountThrottle();
        for (int i = 0; i < 5; i++) t.failed("bob", 0);
        assertEquals(0, t.delayNanos("bob", AccountThrottle.FORGET_AFTER + 1));
        for (int i = 0; i < AccountThrottle.MAX_ACCOUNTS + 10; i++) t.failed("user" + i, 0);
        assertEquals(0, t.failures("user0"), "the oldest account was dropped");
        assertEquals(1, t.failures("user" + (AccountThrottle.MAX_ACCOUNTS + 9)));
    }
}
