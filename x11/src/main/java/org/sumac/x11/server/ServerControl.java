package org.sumac.x11.server;

import org.sumac.x11.protocol.XError;
import org.sumac.x11.protocol.xproto.ChangeHosts;
import org.sumac.x11.protocol.xproto.ForceScreenSaver;
import org.sumac.x11.protocol.xproto.GetScreenSaver;
import org.sumac.x11.protocol.xproto.Host;
import org.sumac.x11.protocol.xproto.KillClient;
import org.sumac.x11.protocol.xproto.ListHosts;
import org.sumac.x11.protocol.xproto.SetAccessControl;
import org.sumac.x11.protocol.xproto.SetCloseDownMode;
import org.sumac.x11.protocol.xproto.SetScreenSaver;

import static org.sumac.x11.protocol.xproto.XprotoEnums.AccessControl;
import static org.sumac.x11.protocol.xproto.XprotoEnums.Blanking;
import static org.sumac.x11.protocol.xproto.XprotoEnums.CloseDown;
import static org.sumac.x11.protocol.xproto.XprotoEnums.Exposures;
import static org.sumac.x11.protocol.xproto.XprotoEnums.HostMode;
import static org.sumac.x11.protocol.xproto.XprotoEnums.Kill;
import static org.sumac.x11.protocol.xproto.XprotoEnums.ScreenSaver;

/** Screen saver settings, host access control, close-down modes and KillClient. */
public final class ServerControl {
    private final XServer server;
    private int saverTimeout = 600, saverInterval = 600, preferBlanking = 1, allowExposures = 1;
    /**
     * Whether ForceScreenSaver(Activate) turned the saver on (nothing is drawn: Sumac never blanks a remote screen,
     * and never activates the saver on its timeout). Reset and device input turn it off.
     */
    private boolean saverOn, hearsInput;

    /** Hears the saver go on or off (MIT-SCREEN-SAVER's ScreenSaverNotify), under the display lock. */
    public interface SaverListener {
        void saverChanged(boolean on, boolean forced);
    }

    private final java.util.List<SaverListener> saverListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    ServerControl(XServer server) { this.server = server; }

    /** A server reset restores the screen saver's defaults, as Xorg's does. */
    void reset() {
        saverOn = false;
        saverTimeout = 600;
        saverInterval = 600;
        preferBlanking = 1;
        allowExposures = 1;
    }

    void setScreenSaver(Client c, SetScreenSaver q) {
        int timeout = q.timeout(), interval = q.interval(), blank = q.preferBlanking(), expose = q.allowExposures();
        if (timeout < -1) throw XError.value(timeout);
        if (interval < -1) throw XError.value(interval);
        if (blank > Blanking.DEFAULT) throw XError.value(blank);
        if (expose > Exposures.DEFAULT) throw XError.value(expose);
        saverTimeout = timeout == -1 ? 600 : timeout;
        saverInterval = interval == -1 ? 600 : interval;
        if (blank != Blanking.DEFAULT) preferBlanking = blank;
        if (expose != Exposures.DEFAULT) allowExposures = expose;
    }

    /** The screen saver's timeout in seconds (0: disabled), as SetScreenSaver set it (MIT-SCREEN-SAVER reads it). */
    public int saverTimeout() { return saverTimeout; }

    /** SetScreenSaver's prefer-blanking: 0 DontPreferBlanking, 1 PreferBlanking. */
    public int preferBlanking() { return preferBlanking; }

    void getScreenSaver(Client c, GetScreenSaver q) {
        c.sendReply(new GetScreenSaver.Reply(saverTimeout, saverInterval, preferBlanking, allowExposures));
    }

    /** As Xorg: Activate turns the saver on; Reset turns it off and starts the idle time again (xset s reset). */
    void forceScreenSaver(Client c, ForceScreenSaver q) {
        if (q.mode() > ScreenSaver.ACTIVE) throw XError.value(q.mode());
        if (!hearsInput) {
            hearsInput = true;
            server.dispatcher.input.addInputListener(() -> setSaver(false, false));
        }
        setSaver(q.mode() == ScreenSaver.ACTIVE, true);
        if (q.mode() == ScreenSaver.RESET) server.dispatcher.input.resetIdleTime();
    }

    /** As Xorg: ForceScreenSaver is always told, even when it changes nothing; input only when it turns the saver off. */
    private void setSaver(boolean on, boolean forced) {
        if (!forced && saverOn == on) return;
        saverOn = on;
        for (SaverListener l : saverListeners) l.saverChanged(on, forced);
    }

    /** Whether the saver is on (ForceScreenSaver Activate, until Reset or input). */
    public boolean saverOn() { return saverOn; }

    public void addSaverListener(SaverListener l) { saverListeners.add(l); }

    /** Xorg: only clients on this machine may change the list; families it does not know are BadValue. */
    void changeHosts(Client c, ChangeHosts q) {
        int mode = q.mode(), family = q.family(), n = q.addressLen();
        if (mode > HostMode.DELETE) throw XError.value(mode);
        // As Xorg (without DECnet or Secure RPC): access first, then the family; DECnet (1) and Chaos (2) addresses
        // never check, so their length is the bad value.
        if (!server.isLocal(c)) throw XError.access();
        if (family == 1 || family == 2) throw XError.value(n);
        if (family != HostAccess.INTERNET && family != HostAccess.SERVER_INTERPRETED
                && family != HostAccess.INTERNET6 && family != HostAccess.LOCAL_HOST) {
            throw XError.value(family);
        }
        if (!server.hosts.change(mode == HostMode.INSERT, family, q.address().copy())) throw XError.value(n);
    }

    void listHosts(Client c, ListHosts q) {
        java.util.List<Host> hosts = new java.util.ArrayList<>();
        for (byte[] h : server.hosts.entries()) hosts.add(new Host(h[0] & 0xff, java.util.Arrays.copyOfRange(h, 1, h.length)));
        c.sendReply(new ListHosts.Reply(server.hosts.enabled ? AccessControl.ENABLE : AccessControl.DISABLE, hosts));
    }

    void setAccessControl(Client c, SetAccessControl q) {
        if (q.mode() > AccessControl.ENABLE) throw XError.value(q.mode());
        if (!server.isLocal(c)) throw XError.access();
        server.hosts.enabled = q.mode() == AccessControl.ENABLE;
    }

    void setCloseDownMode(Client c, SetCloseDownMode q) {
        if (q.mode() > CloseDown.RETAIN_TEMPORARY) throw XError.value(q.mode());
        c.closeDownMode = q.mode();
    }

    /**
     * Closes the client owning a resource, or frees what a departed client left behind. As Xorg: an id of the
     * server's own (the root window, the default colormap) is BadValue, never a way to free them.
     */
    void killClient(Client c, KillClient q) {
        int id = q.resource();
        if (id == Kill.ALL_TEMPORARY) { // AllTemporary: free resources of clients that left with RetainTemporary
            server.freeRetainedTemporary();
            return;
        }
        int idx = id >>> 21;
        if (idx == 0 || (id & 0xE0000000) != 0) throw XError.value(id);
        Client victim = server.client(idx);
        if (victim != null) {
            if (!server.resourceExists(id) && id != victim.resourceBase) throw XError.value(id);
            // At once, as Xorg: the killer's next request already finds the victim's windows destroyed.
            server.clientGone(victim);
        } else if (server.isRetained(idx) && server.resourceExists(id)) {
            server.freeClientResources(idx);
        } else {
            throw XError.value(id);
        }
    }
}
