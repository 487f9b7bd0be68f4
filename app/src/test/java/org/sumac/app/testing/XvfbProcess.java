package org.sumac.app.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference server: {@code Xvfb :N -screen 0 WxHx24 -nolisten tcp [extra args]} on a free display.
 * Ready when its socket accepts a connection.
 *
 * <pre>{@code
 * try (XvfbProcess xvfb = XvfbProcess.start(640, 480)) {
 *     XClients.run(xvfb, Duration.ofSeconds(10), "xdpyinfo");
 * }
 * }</pre>
 */
public final class XvfbProcess extends XServerProcess {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private XvfbProcess(int n, int width, int height, Process process, java.nio.file.Path log) {
        super("Xvfb", n, width, height, process, log);
    }

    /**
     * Starts Xvfb with one depth-24 screen of the given size.
     *
     * @param extraArgs appended to the command line, e.g. {@code "-ac"} or {@code "-auth", file}
     */
    public static XvfbProcess start(int width, int height, String... extraArgs) {
        return launch("Xvfb", n -> {
            List<String> command = new ArrayList<>(List.of("Xvfb", ":" + n, "-screen", "0",
                    width + "x" + height + "x24", "-nolisten", "tcp"));
            command.addAll(List.of(extraArgs));
            return command;
        }, READY_TIMEOUT, (n, process, log) -> new XvfbProcess(n, width, height, process, log));
    }
}
