package org.sumac.spice.server;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Signal comparisons for sound tests. */
final class AudioSignals {
    private AudioSignals() {}

    /** The left channel of interleaved S16LE stereo. */
    static double[] left(byte[] s16le) {
        ByteBuffer b = ByteBuffer.wrap(s16le).order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[s16le.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = b.getShort(i * 4);
        return out;
    }

    /** The highest normalised cross-correlation of {@code got} against {@code expected} over lags 0..maxLag. */
    static double bestCorrelation(double[] expected, double[] got, int maxLag) {
        double best = -1;
        for (int lag = 0; lag <= maxLag; lag++) {
            int n = Math.min(expected.length, got.length - lag);
            if (n <= 0) break;
            double xy = 0, xx = 0, yy = 0;
            for (int i = 0; i < n; i++) {
                double x = expected[i], y = got[i + lag];
                xy += x * y;
                xx += x * x;
                yy += y * y;
            }
            if (xx > 0 && yy > 0) best = Math.max(best, xy / Math.sqrt(xx * yy));
        }
        return best;
    }
}
