package org.sumac.app;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.sumac.x11.server.XServer;

/** The `sumac` command: runs one X display until it is told to stop. */
public final class Sumac {
    private Sumac() { }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        ServerOptions opts;
        try {
            opts = ServerOptions.parse(args);
        } catch (ServerOptions.UsageException e) {
            System.err.println("sumac: " + e.getMessage());
            return 2;
        }
        if (opts.help()) {
            System.out.print(ServerOptions.USAGE);
            return 0;
        }
        XServer server = new XServer(opts.display());
        try {
            server.start();
        } catch (XServer.DisplayInUseException e) {
            System.err.println("sumac: display :" + opts.display().displayNumber() + " " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println("sumac: cannot start display :" + opts.display().displayNumber() + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sumac-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
