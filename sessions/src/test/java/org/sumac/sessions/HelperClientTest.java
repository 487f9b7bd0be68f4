package org.sumac.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelperClientTest {
    @TempDir
    Path dir;

    @Test
    void aHelperThatGoesAwayIsToldToTheServiceOnce() throws Exception {
        try (ServerSocketChannel server = listen()) {
            HelperClient client = HelperClient.connect(dir.resolve("helper.sock"));
            CountDownLatch told = new CountDownLatch(1);
            AtomicInteger times = new AtomicInteger();
            client.onLost(() -> {
                times.incrementAndGet();
                told.countDown();
            });
            server.accept().close(); // the helper dies
            assertTrue(told.await(10, TimeUnit.SECONDS), "the service was not told the helper is gone");
            AtomicInteger late = new AtomicInteger();
            client.onLost(late::incrementAndGet); // registered after the loss: told at once
            Thread.sleep(200);
            assertEquals(1, times.get());
            assertEquals(1, late.get());
            client.close();
        }
    }

    @Test
    void closingTheClientItselfIsNotALoss() throws Exception {
        try (ServerSocketChannel server = listen()) {
            HelperClient client = HelperClient.connect(dir.resolve("helper.sock"));
            AtomicInteger times = new AtomicInteger();
            client.onLost(times::incrementAndGet);
            try (SocketChannel accepted = server.accept()) {
                client.close();
                Thread.sleep(300);
            }
            assertEquals(0, times.get());
        }
    }

    private ServerSocketChannel listen() throws Exception {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(dir.resolve("helper.sock")));
        return server;
    }
}
