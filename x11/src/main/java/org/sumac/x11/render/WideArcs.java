package org.sumac.x11.render;

/** Wide arcs (X.Org mi/miarc.c). */
final class WideArcs {
    private WideArcs() {
    }

    static void polyArc(GraphicsContext gc, int[] dashes, ArcSpec[] arcs, SpanSink fg, SpanSink bg) {
        // not yet implemented
    }
}
