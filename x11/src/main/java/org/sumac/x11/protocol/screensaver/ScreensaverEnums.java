// Generated from xcb-proto 1.15.2 (screensaver.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.screensaver;

/** The named values of MIT-SCREEN-SAVER (masks as bit values). */
public final class ScreensaverEnums {
    private ScreensaverEnums() { }

    public static final class Kind {
        private Kind() { }

        public static final int BLANKED = 0;
        public static final int INTERNAL = 1;
        public static final int EXTERNAL = 2;
    }

    public static final class Event {
        private Event() { }

        public static final int NOTIFY_MASK = 1;
        public static final int CYCLE_MASK = 2;
    }

    public static final class State {
        private State() { }

        public static final int OFF = 0;
        public static final int ON = 1;
        public static final int CYCLE = 2;
        public static final int DISABLED = 3;
    }
}
