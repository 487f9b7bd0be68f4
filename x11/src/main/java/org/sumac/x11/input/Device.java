package org.sumac.x11.input;

import org.sumac.x11.server.Client;

/**
 * A device's grab and freeze state, which pointers and keyboards share. The id is XInput 2's device id, so
 * that master and slave devices can later be told apart; the core protocol has one of each, the virtual core
 * pointer (2) and keyboard (3).
 */
public abstract sealed class Device permits Pointer, Keyboard {
    /** XInput 2's ids of the virtual core devices. */
    public static final int CORE_POINTER_ID = 2, CORE_KEYBOARD_ID = 3;

    private final int id;
    /** The active grab, or null. */
    ActiveGrab grab;
    /** The client whose synchronous grab froze the device, or null when it is thawed. */
    Client frozenBy;
    /** SyncPointer/SyncKeyboard: thawed until the next button or key event, then frozen again. */
    boolean syncOnce;
    /** The press that activated a passive grab, kept for AllowEvents Replay. */
    HeldEvent replay;

    Device(int id) { this.id = id; }

    public int id() { return id; }

    /** True when {@code c} holds the active grab of this device. */
    boolean grabbedBy(Client c) { return grab != null && grab.client == c; }
}
