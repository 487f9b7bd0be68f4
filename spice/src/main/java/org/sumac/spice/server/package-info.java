/**
 * A SPICE server library that serves any screen and any input sink to spice-gtk (remote-viewer, spicy) and
 * spice-html5 clients. It knows nothing of X.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * SpiceServerConfig config = SpiceServerConfig.builder()
 *         .listen("127.0.0.1", 5900).listen("::1", 5900)   // one or more addresses; port 0 = pick one
 *         .password("secret").ticketLifetime(Duration.ZERO) // or .disableTicketing()
 *         .clientPolicy(ClientPolicy.REPLACE_OLD)           // or KEEP_FIRST
 *         .imageCompression(ImageCompression.AUTO)          // AUTO: LZ4 for gtk, LZ for html5
 *         .build();
 * SpiceServer server = new SpiceServer(config, screenSource); // ScreenSource: width, height, readPixels
 * server.setInputSink(sink);                                  // keys (set-1 scancodes), pointer, buttons
 * server.setAgentHandler(agent);                              // optional built-in VDAgent
 * server.start();
 * // From the screen owner's thread, after drawing (ideally under the lock ScreenSource.withConsistentView takes):
 * server.display().fill(x, y, w, h, 0xRRGGBB);
 * server.display().copyBits(srcX, srcY, dstX, dstY, w, h);
 * server.display().damage(x, y, w, h);
 * server.display().screenResized();
 * // Or, posting under that lock: setWakeOnPost(false) once, then display().wake() after each unlock.
 * server.cursor().setShape(new CursorShape(w, h, hotX, hotY, argb)); server.cursor().move(x, y);
 * server.setKeyboardLocks(InputSink.LOCK_NUM);
 * server.close();
 * }</pre>
 *
 * <p>Posting never blocks and never encodes: each client's pending fills, copies and damage are coalesced and
 * turned into frames on the server's display worker (a thread per screen, see
 * {@link org.sumac.spice.channel.display.DisplayWorker}) when the client's socket and ACK window have room; the
 * Netty event loops only read, write and route, and never wait for the screen's lock. The
 * plain port also accepts WebSocket upgrades (subprotocol "binary"), so spice-html5 connects directly.
 *
 * <p>Several screens on one port: a {@link org.sumac.spice.server.SpiceHost} (addresses, event loops, limits)
 * with one {@link org.sumac.spice.server.SpiceEndpoint} per screen, each with its own ticket; a link goes to the
 * endpoint whose ticket it carries. {@code SpiceServer} is one host with one endpoint.
 * <pre>{@code
 * SpiceHost host = new SpiceHost(SpiceServerConfig.builder().listen("127.0.0.1", 5900).build());
 * SpiceEndpoint a = host.addEndpoint(SpiceServerConfig.builder().password("a").build(), screenA);
 * SpiceEndpoint b = host.addEndpoint(SpiceServerConfig.builder().password("b").build(), screenB);
 * host.start();
 * }</pre>
 *
 * <p>Anyone who reaches the port is a stranger until its ticket is right (loopback included: on a shared host
 * every local user reaches it). Before that the server bounds what strangers get: connections in all and still
 * linking (see {@link org.sumac.spice.server.SpiceServerConfig.Builder#maxConnections}), the link timeout, ticket
 * checks paced per source and server wide ({@link org.sumac.spice.link.TicketThrottle}), and log lines per burst
 * ({@link org.sumac.spice.link.BurstLog}).
 */
package org.sumac.spice.server;
