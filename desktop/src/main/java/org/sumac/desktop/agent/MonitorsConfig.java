package org.sumac.desktop.agent;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.VdAgent;
import org.sumac.x11.port.DisplayPort;
import org.sumac.x11.port.ScreenLayout;

/**
 * The desktop follows the client's window and monitors: a MONITORS_CONFIG becomes a RANDR screen layout (one monitor
 * per enabled client monitor, at the client's positions), answered with a REPLY as the Linux agent does. Monitors of
 * 0 x 0 are the disabled ones of a sparse config. What breaks a limit is clamped or refused with one log line.
 * Layouts are applied at most once per {@link #MIN_INTERVAL}: a client resizing its window sends one per motion, and a
 * hostile one could send thousands a second, each a new framebuffer and RANDR events for every X client. Within the
 * interval the newest layout waits and replaces any older waiting one (which is answered as done: it is superseded).
 */
public final class MonitorsConfig implements AgentFeature {
    private static final Logger log = LoggerFactory.getLogger(MonitorsConfig.class);

    /** spice-gtk's limit (MAX_DISPLAY); more is a client gone wrong. */
    static final int MAX_MONITORS = 16;
    static final int FLAG_USE_POS = 1, FLAG_PHYSICAL_SIZE = 2;
    /** VDAgentReply errors. */
    static final int REPLY_SUCCESS = 1, REPLY_ERROR = 2;
    private static final int MON_CONFIG_SIZE = 20;
    /** spice-gtk sends a window's size at most every ~300 ms while it is dragged; a fifth of a second keeps up. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(200);

    private final String label;
    private final DisplayPort port;
    private final long minIntervalNanos;
    private final Object pacing = new Object();
    /** Guarded by {@link #pacing}: when the last layout was applied, and the one waiting for its turn. */
    private long lastAppliedAt;
    private boolean appliedOnce;
    private Waiting waiting;

    private record Waiting(AgentClient client, ScreenLayout layout) {}

    public MonitorsConfig(String label, DisplayPort port) {
        this(label, port, MIN_INTERVAL);
    }

    MonitorsConfig(String label, DisplayPort port, Duration minInterval) {
        this.label = label;
        this.port = port;
        this.minIntervalNanos = minInterval.toNanos();
    }

    @Override
    public int[] capabilities() {
        return new int[] {VdAgent.CAP_MONITORS_CONFIG, VdAgent.CAP_REPLY, VdAgent.CAP_MONITORS_CONFIG_POSITION,
            VdAgent.CAP_SPARSE_MONITORS_CONFIG};
    }

    @Override
    public boolean handles(int type) {
        return type == VdAgent.MONITORS_CONFIG || type == VdAgent.DISPLAY_CONFIG;
    }

    @Override
    public void messageReceived(AgentClient client, int type, byte[] data) {
        if (type == VdAgent.DISPLAY_CONFIG) {
            // wallpaper, font smoothing, animations, depth: nothing a virtual X screen has to give up
            log.debug("agent {}: DISPLAY_CONFIG of {} bytes ignored", label, data.length);
            return;
        }
        ScreenLayout wanted;
        try {
            wanted = parse(data);
        } catch (MalformedAgentMessage e) {
            reply(client, false);
            throw e;
        }
        Waiting superseded;
        long delay;
        synchronized (pacing) {
            long sinceLast = System.nanoTime() - lastAppliedAt;
            if (waiting == null && (!appliedOnce || sinceLast >= minIntervalNanos)) {
                lastAppliedAt = System.nanoTime();
                appliedOnce = true;
                superseded = null;
                delay = -1;
            } else {
                superseded = waiting;
                delay = waiting == null ? minIntervalNanos - sinceLast : 0;
                waiting = new Waiting(client, wanted);
            }
        }
        if (delay < 0) {
            apply(client, wanted);
            return;
        }
        if (superseded != null) {
            log.debug("agent {}: layout {} superseded before its turn", label, superseded.layout());
            reply(superseded.client(), true);
        }
        if (superseded == null) {
            Thread.ofVirtual().name("monitors-config " + label).start(() -> applyWaitingAfter(delay));
        }
    }

    private void apply(AgentClient client, ScreenLayout wanted) {
        log.info("agent {}: the client asks for {}x{}: {}", label, wanted.width(), wanted.height(),
            wanted.monitors().stream().map(m -> m.width() + "x" + m.height() + "+" + m.x() + "+" + m.y()).toList());
        boolean applied = port.requestScreenLayout(wanted);
        if (!applied) log.warn("agent {}: the display refused the layout {}", label, wanted);
        reply(client, applied);
    }

    private void applyWaitingAfter(long delayNanos) {
        try {
            Thread.sleep(Duration.ofNanos(Math.max(0, delayNanos)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Waiting next;
        synchronized (pacing) {
            next = waiting;
            waiting = null;
            lastAppliedAt = System.nanoTime();
        }
        if (next != null) apply(next.client(), next.layout());
    }

    private static void reply(AgentClient client, boolean ok) {
        if (!client.has(VdAgent.CAP_REPLY)) return;
        ByteBuffer b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(VdAgent.MONITORS_CONFIG).putInt(ok ? REPLY_SUCCESS : REPLY_ERROR);
        client.send(VdAgent.REPLY, b.array());
    }

    /**
     * VDAgentMonitorsConfig: u32 count, u32 flags, count x {u32 height, u32 width, u32 depth, i32 x, i32 y}, then
     * physical sizes when flagged (not needed). The layout is normalized to start at 0,0 and clamped to the screen's
     * maximum size.
     */
    ScreenLayout parse(byte[] data) {
        if (data.length < 8) throw new MalformedAgentMessage("MONITORS_CONFIG of " + data.length + " bytes");
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        long count = Integer.toUnsignedLong(in.getInt());
        int flags = in.getInt();
        long needed = 8 + count * MON_CONFIG_SIZE;
        if (needed > data.length) {
            throw new MalformedAgentMessage("MONITORS_CONFIG of " + count + " monitors overruns its " + data.length
                + " bytes");
        }
        if (count > MAX_MONITORS) {
            log.warn("agent {}: MONITORS_CONFIG of {} monitors: the first {} taken", label, count, MAX_MONITORS);
            count = MAX_MONITORS;
        }
        List<int[]> mons = new ArrayList<>();
        int nextX = 0;
        for (int i = 0; i < count; i++) {
            long h = Integer.toUnsignedLong(in.getInt()), w = Integer.toUnsignedLong(in.getInt());
            in.getInt(); // depth: the screen's is fixed
            int x = in.getInt(), y = in.getInt();
            if (w == 0 || h == 0) continue; // disabled (sparse config)
            if ((flags & FLAG_USE_POS) == 0) {
                // as the Linux agent: without positions, monitors side by side from the left
                x = nextX;
                y = 0;
            }
            int cw = (int) Math.min(w, Integer.MAX_VALUE), ch = (int) Math.min(h, Integer.MAX_VALUE);
            nextX = (int) Math.min((long) x + cw, Integer.MAX_VALUE);
            mons.add(new int[] {x, y, cw, ch});
        }
        if (mons.isEmpty()) throw new MalformedAgentMessage("MONITORS_CONFIG without a monitor of a size");
        return clamp(mons);
    }

    /** Moves the layout to 0,0 and fits it into the screen's maximum size, with one log line if it had to. */
    private ScreenLayout clamp(List<int[]> mons) {
        ScreenLayout.Size max = port.maximumScreenSize();
        long minX = Long.MAX_VALUE, minY = Long.MAX_VALUE;
        for (int[] m : mons) {
            minX = Math.min(minX, m[0]);
            minY = Math.min(minY, m[1]);
        }
        boolean clamped = false;
        List<ScreenLayout.Monitor> out = new ArrayList<>();
        long width = 0, height = 0;
        for (int[] m : mons) {
            long x = m[0] - minX, y = m[1] - minY;
            int w = m[2], h = m[3];
            if (w > max.width() || h > max.height()) {
                w = Math.min(w, max.width());
                h = Math.min(h, max.height());
                clamped = true;
            }
            if (x + w > max.width()) {
                x = max.width() - w;
                clamped = true;
            }
            if (y + h > max.height()) {
                y = max.height() - h;
                clamped = true;
            }
            out.add(new ScreenLayout.Monitor((int) x, (int) y, w, h));
            width = Math.max(width, x + w);
            height = Math.max(height, y + h);
        }
        ScreenLayout layout = new ScreenLayout((int) width, (int) height, out);
        if (clamped) {
            log.warn("agent {}: MONITORS_CONFIG beyond the maximum screen of {}x{}: clamped to {}x{}", label,
                max.width(), max.height(), width, height);
        }
        return layout;
    }
}
