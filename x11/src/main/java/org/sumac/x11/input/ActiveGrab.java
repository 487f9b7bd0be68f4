package org.sumac.x11.input;

import org.sumac.x11.server.Client;
import org.sumac.x11.server.Cursors;
import org.sumac.x11.window.Window;

/** An active grab of a pointer or keyboard: explicit, activated from a passive grab, or implicit (a press). */
final class ActiveGrab {
    Client client;
    Window window;
    boolean ownerEvents;
    int eventMask;
    Window confineTo;
    Cursors.Cursor cursor;
    int time;
    boolean implicit, fromPassive;
    int pointerMode, keyboardMode;
    int button, key;
    /** An XInput 2 grab (XIGrabDevice, or implicit from an XI2 press): its events go out as XI2, per xiMask. */
    boolean xi2;
    long xiMask;
}
