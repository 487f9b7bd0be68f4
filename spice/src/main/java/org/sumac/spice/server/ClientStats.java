package org.sumac.spice.server;

/**
 * Network estimates for one connected client, from PING/PONG round trips on its main channel: latency from
 * small pings, bandwidth from a padded ping (its extra transfer time over a small one). Thread-safe.
 */
public final class ClientStats {
    private volatile long latencyNanos = -1;
    private volatile long bandwidthBytesPerSecond = -1;
    private volatile int samples;

    void recordLatencyInternal(long nanos) {
        latencyNanos = nanos;
        samples++;
    }

    public void recordLatency(long nanos) {
        recordLatencyInternal(nanos);
    }

    public void recordBandwidth(long bytesPerSecond) {
        bandwidthBytesPerSecond = bytesPerSecond;
    }

    /** Smoothed round-trip time in nanoseconds, or -1 before the first pong. */
    public long latencyNanos() {
        return latencyNanos;
    }

    /** Estimated bytes per second towards the client, or -1 before the padded ping returned. */
    public long bandwidthBytesPerSecond() {
        return bandwidthBytesPerSecond;
    }

    public int latencySamples() {
        return samples;
    }

    @Override
    public String toString() {
        return "latency " + (latencyNanos < 0 ? "?" : latencyNanos / 1000 + " us") + ", bandwidth "
                + (bandwidthBytesPerSecond < 0 ? "?" : bandwidthBytesPerSecond / 1024 + " KiB/s");
    }
}
