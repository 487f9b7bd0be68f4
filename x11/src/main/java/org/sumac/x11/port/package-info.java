/**
 * The one narrow port through which whatever shows a display elsewhere (the SPICE bridge today; a recorder or a
 * VNC bridge later) observes and drives an X display, as TigerVNC's Xvnc observes its X server instead of reaching
 * into it. Every method takes the display lock itself; callers never see the lock. Observers are called under that
 * lock on the X request path, so they must only record and return: never block, never touch the network.
 * Start from {@link org.sumac.x11.port.HostedDisplay#port()}.
 */
package org.sumac.x11.port;
