/**
 * The X protocol on the wire: byte order, request reading, reply writing, and (in the sub-packages)
 * code generated from xcb-proto's XML.
 *
 * <h2>Hand-written</h2>
 * {@link org.sumac.x11.protocol.RequestReader} and {@link org.sumac.x11.protocol.ReplyWriter} hold the
 * client's byte order: everything else reads and writes through them, so there is one code path for
 * both orders. {@link org.sumac.x11.protocol.ByteList}, {@link org.sumac.x11.protocol.Card16List},
 * {@link org.sumac.x11.protocol.Card32List} and {@link org.sumac.x11.protocol.ValueList} are views over
 * a request's bytes; {@link org.sumac.x11.protocol.Reply} and {@link org.sumac.x11.protocol.Event} are
 * what generated replies and events implement.
 *
 * <h2>Generated: one package per module</h2>
 * {@code xproto} (core), {@code bigreq}, {@code xcmisc}, {@code shape}, {@code xtest}, {@code ge},
 * {@code xkb}, and for the extensions to come {@code render}, {@code xfixes}, {@code damage},
 * {@code composite}, {@code sync}, {@code shm}, {@code present}, {@code res}, {@code randr},
 * {@code xinput}, {@code screensaver}, {@code dbe} (ProtoGen.MODULES): written by {@code bin/protogen} (module protogen) from /usr/share/xcb/*.xml (Debian
 * package xcb-proto). Never edit them: change the generator and run bin/protogen; protogen's test
 * {@code regeneratingFromXcbProtoGivesTheCommittedSources} fails when they differ. In each package:
 * <ul>
 * <li><b>{@code <Request>}</b>, a record per request with its fields in wire order, named as in
 *   xcb-proto in lowerCamel ({@code value_mask} is {@code valueMask}, {@code class} is {@code cls}).
 *   Every number is a Java {@code int} (or {@code long} for 64-bit fields, {@code boolean} for BOOL);
 *   the javadoc of each component gives its wire type (CARD8, INT16, CARD32, WINDOW...), and with it
 *   its width and signedness: INT8/INT16 are sign-extended, CARD8/CARD16 are not, 32-bit values are
 *   the raw bits (use {@code Integer.toUnsignedLong} where a CARD32 is a number above 2^31).
 *   {@code static <Request> parse(RequestReader)} reads it and checks its length: a fixed-size request
 *   must be exactly its size (padded to 4; one word more or less is BadLength); a variable one must be
 *   at least its fixed part, and then exactly what its lists announce, padded to 4: lists with a length
 *   field or expression, value lists (one word per mask bit), lists that fill the rest of the request
 *   (a partial item is BadLength). See "When lengths are checked" for the one list checked later.</li>
 * <li>Lists in requests are <b>views</b>, never copies: 1-byte items are {@code ByteList}
 *   ({@code string()} for names), 2-byte {@code Card16List}, 4-byte {@code Card32List}, fixed-size
 *   structs {@code <Struct>List} (with per-field accessors such as {@code rectangles.x(i)}, and
 *   {@code get(i)} for a record), value lists {@code ValueList} ({@code get(CW.BACK_PIXEL)}). Views read
 *   the client's input buffer in the client's byte order and are valid only while the request is being
 *   handled: copy what must outlive it. Lists of variable-size structs (STR) are read into a List.</li>
 * <li><b>{@code <Request>.Reply}</b>, a record per reply; {@code client.sendReply(reply)} starts the
 *   reply, lets it write byte 1 and bytes 8 on, pads it to 32 bytes and sets its length. Length fields
 *   that only count one list (ListHosts' hosts_len) are not components: they are written from the list.
 *   Lists in replies are values: {@code String} (char), {@code byte[]}, {@code int[]}, {@code List<Struct>}.
 *   For bulk data that should not be copied (GetImage), write the reply with an empty last list into
 *   {@code c.reply(0)}, append the data with {@code ReplyWriter.reserve} and send the writer.</li>
 * <li><b>{@code <Struct>}</b>, a record per struct with {@code read}, {@code write} and {@code wireSize}.</li>
 * <li><b>{@code <Event>Event}</b>, a record per 32-byte event implementing {@code Event}: {@code NUMBER},
 *   {@code detail()} (byte 1) and {@code write(w)} (bytes 4..31), so
 *   {@code server.sendEvent(c, base + ShapeNotifyEvent.NUMBER, ev.detail(), ev::write)}.</li>
 * <li><b>{@code <Event>Event}</b> for generic events (XInput 2, Present), implementing {@code XgeEvent}:
 *   {@code write(w)} writes the fields from byte 10, {@code writeEvent(w, majorOpcode, sequence)} the
 *   whole event with its length (at least 32 bytes).</li>
 * <li><b>{@code <Module>Protocol}</b>: {@code NAME} (as QueryExtension spells it), request opcodes
 *   ({@code CREATE_WINDOW}), {@code EVENT_COUNT} and {@code ERROR_COUNT} (the registry assigns bases),
 *   event numbers ({@code EVENT_SHAPE_NOTIFY}) and error codes ({@code ERROR_KEYBOARD}) relative to the
 *   extension's bases, {@code eventFieldWidths(number)} (the width, 1, 2 or 4, of each field of a 32-byte
 *   event over all 32 bytes, for swapping SendEvent events; null when unknown or when the layout depends
 *   on the contents), and {@code dispatch(handler, client, reader, opcode)}: parses the request of that
 *   (minor, for extensions) opcode and calls the handler; an unknown opcode is BadRequest.</li>
 * <li><b>{@code <Module>Handler<C>}</b>: one method per request, {@code void createWindow(C client,
 *   CreateWindow request)}, generic in the client type so that generated code does not depend on the
 *   server. The core's methods are all abstract; an extension's default to BadImplementation.</li>
 * <li><b>{@code <Module>Enums}</b>: xcb-proto's enums as constants, {@code XprotoEnums.CW.BACK_PIXEL}
 *   (masks as bit values).</li>
 * </ul>
 *
 * <h2>A handler, before and after</h2>
 * <pre>
 * void killClient(Client c, RequestReader r) {        void killClient(Client c, KillClient q) {
 *     expect(r, 8);                                      int id = q.resource();
 *     r.seek(4);                                         ...
 *     int id = r.i32();
 *     ...
 * </pre>
 * The core's requests reach the area handlers through {@code server/CoreRequests}, which implements
 * {@code XprotoHandler<Client>}; requests not converted yet are still routed raw there.
 *
 * <h2>When lengths are checked (Xorg's order)</h2>
 * Xorg checks a request's length at two moments. Fixed-size requests, and lists with a length field
 * (names, SetDashes, ImageText), are checked first (REQUEST_SIZE_MATCH, REQUEST_FIXED_SIZE): parse does
 * the same. Value lists (CreateGC, ChangeGC, CreateWindow, ConfigureWindow...) and lists of 8- or 12-byte
 * items filling the rest of the request (segments, rectangles, arcs, color items, SHAPE's rectangles) are
 * counted only after the fixed part is checked and the resources are looked up (REQUEST_AT_LEAST_SIZE,
 * lookups, then BadLength): with a bogus GC and a missing value word, ChangeGC is BadGC. For those (the
 * request's last item, after fixed-size items only; {@code Generator.checkedOnTake}) parse checks the fixed
 * part and leaves the list null when the rest does not match it; its accessor ({@code q.valueList()},
 * {@code q.segments()}) throws BadLength. So a handler takes its list where Xorg counts it: after its
 * lookups (and the argument checks Xorg makes before counting), before it changes anything. The
 * generated dispatch calls the accessor again after the handler returns: a handler that never took its
 * list still answers BadLength, so no request with a wrong length goes unanswered. That late error
 * cannot undo what the handler did, which is why handlers must take the list before any change (every
 * handler of these requests does; ChangeKeyboardControl takes it first, as Xorg counts its values before
 * anything else). Lists of 1-, 2- or 4-byte items filling the rest cannot be cut short and are
 * checked in parse. ChangeProperty's data is checked on take too ({@code Generator.COUNTED_AFTER_ARGUMENTS}):
 * Xorg checks mode and format (BadValue) first, then the length format scales, then the window; its
 * count is computed in 64 bits, so a huge data_len cannot wrap to the request's real size. One null
 * test per request, none per item.
 *
 * <h2>Switches and unions</h2>
 * A value list (each bitcase one 4-byte field) is a {@code ValueList}. Other bitcase switches (XKB
 * SelectEvents, GetMap's and GetNames' replies) are flattened: their fields become components of the
 * record, read when the mask has their bits (0 or null otherwise) and written when it does (the handler
 * sets the mask field, such as GetMap's {@code present}, and the parts it announces). A union of fixed
 * size (XKB Action, Behavior; ClientMessageData) is carried as its bytes: {@code ByteList} in requests,
 * {@code byte[]} elsewhere, in the client's byte order for the handler to lay out.
 *
 * <h2>Not generated yet (the handler method gets the RequestReader, or writes its reply itself)</h2>
 * bin/protogen prints the list. In short:
 * <ul>
 * <li>switches on equality ({@code <case>}) and nested switches: XInput's properties (ChangeDeviceProperty,
 *   XIChangeProperty and their Get replies), device classes and controls (XIQueryDevice's reply,
 *   XIChangeHierarchy, ListInputDevices' reply, DeviceChanged), XKB GetKbdByName's reply;</li>
 * <li>lists of unions in requests (XKB SetMap, SetDeviceInfo), list lengths by {@code sumof} or other
 *   parameters in requests (XKB SetNames), variable-size structs as request fields (RANDR SetMonitor);</li>
 * <li>file descriptors (MIT-SHM AttachFd, CreateSegment's reply; RANDR CreateLease's reply);</li>
 * <li>KeymapNotify's encoder (no sequence number; its layout is generated); layouts of events holding a
 *   union (ClientMessage: SyntheticEvents swaps it by its format; RANDR Notify).</li>
 * </ul>
 * QueryTextExtents' odd_length is read as a plain field: the handler drops the last CHAR2B of
 * {@code string} when it is set.
 */
package org.sumac.x11.protocol;
