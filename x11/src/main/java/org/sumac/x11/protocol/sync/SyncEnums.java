// Generated from xcb-proto 1.15.2 (sync.xml) by bin/protogen: do not edit by hand.
package org.sumac.x11.protocol.sync;

/** The named values of SYNC (masks as bit values). */
public final class SyncEnums {
    private SyncEnums() { }

    public static final class Alarmstate {
        private Alarmstate() { }

        public static final int ACTIVE = 0;
        public static final int INACTIVE = 1;
        public static final int DESTROYED = 2;
    }

    public static final class Testtype {
        private Testtype() { }

        public static final int POSITIVE_TRANSITION = 0;
        public static final int NEGATIVE_TRANSITION = 1;
        public static final int POSITIVE_COMPARISON = 2;
        public static final int NEGATIVE_COMPARISON = 3;
    }

    public static final class Valuetype {
        private Valuetype() { }

        public static final int ABSOLUTE = 0;
        public static final int RELATIVE = 1;
    }

    public static final class CA {
        private CA() { }

        public static final int COUNTER = 1;
        public static final int VALUE_TYPE = 2;
        public static final int VALUE = 4;
        public static final int TEST_TYPE = 8;
        public static final int DELTA = 16;
        public static final int EVENTS = 32;
    }
}
