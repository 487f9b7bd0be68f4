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
    /** The slaves: XTEST's (as Xorg numbers them) and the SPICE client's pointer and keyboard. */
    public static final int XTEST_POINTER_ID = 4, XTEST_KEYBOARD_ID = 5, SPICE_POINTER_ID = 6, SPICE_KEYBOARD_ID = 7;

    private final int id;
    /** The active grab, or null. */
    ActiveGrab grab;
    /** The client whose synchronous grab froze the device, or null when it is thawed. */
    Client frozenBy;
    /** SyncPointer/SyncKeyboard: thawed until the next button or key event, then frozen again. */
    boolean syncOnce;
    /** The press that activated a passive grab, kept for AllowEvents Replay. */
    HeldEvent replay;
    /** The slave whose events the master last sent (XI2's DeviceChanged SlaveSwitch), 0 before any. */
    int lastSlave;

    Device(int id) { this.id = id; }

    public int id() { return id; }

    /** The slave whose events this master last sent, 0 before any. */
    public int lastSlave() { return lastSlave; }

    /** True when {@code c} holds the active grab of this device. */
    boolean grabbedBy(Client c) { return grab != null && grab.client == c; }
}
