// Generated from xcb-proto 1.15.2 (present.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.present;

/** The named values of Present (masks as bit values). */
public final class PresentEnums {
    private PresentEnums() { }

    public static final class Event {
        private Event() { }

        public static final int CONFIGURE_NOTIFY = 0;
        public static final int COMPLETE_NOTIFY = 1;
        public static final int IDLE_NOTIFY = 2;
        public static final int REDIRECT_NOTIFY = 3;
    }

    public static final class EventMask {
        private EventMask() { }

        public static final int NO_EVENT = 0;
        public static final int CONFIGURE_NOTIFY = 1;
        public static final int COMPLETE_NOTIFY = 2;
        public static final int IDLE_NOTIFY = 4;
        public static final int REDIRECT_NOTIFY = 8;
    }

    public static final class Option {
        private Option() { }

        public static final int NONE = 0;
        public static final int ASYNC = 1;
        public static final int COPY = 2;
        public static final int UST = 4;
        public static final int SUBOPTIMAL = 8;
    }

    public static final class Capability {
        private Capability() { }

        public static final int NONE = 0;
        public static final int ASYNC = 1;
        public static final int FENCE = 2;
        public static final int UST = 4;
    }

    public static final class CompleteKind {
        private CompleteKind() { }

        public static final int PIXMAP = 0;
        public static final int NOTIFY_MSC = 1;
    }

    public static final class CompleteMode {
        private CompleteMode() { }

        public static final int COPY = 0;
        public static final int FLIP = 1;
        public static final int SKIP = 2;
        public static final int SUBOPTIMAL_COPY = 3;
    }
}
