package org.sumac.desktop.agent;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sumac.spice.agent.VdAgent;

/**
 * Files dropped into the desktop (FILE_XFER_START, DATA, STATUS): each lands in the owner's download folder, written
 * under a hidden temporary name and renamed when its last byte arrived; a name that exists gets " (1)", " (2)"...
 * before its extension, as the Linux agent does. A name that would leave the folder is refused; a cancel, an error or
 * a client gone mid-file removes the partial file. Errors are reported with the detail the protocol defines
 * (FILE_XFER_DETAILED_ERRORS: a GIO error code, or the free space). Memory stays bounded: data goes straight to disk.
 */
public final class FileTransfer implements AgentFeature {
    private static final Logger log = LoggerFactory.getLogger(FileTransfer.class);

    /** VDAgentFileXferStatus results. */
    static final int CAN_SEND_DATA = 0, CANCELLED = 1, ERROR = 2, SUCCESS = 3, NOT_ENOUGH_SPACE = 4, DISABLED = 7;
    /** The capability saying the client understands the detail after an ERROR or NOT_ENOUGH_SPACE. */
    static final int CAP_FILE_XFER_DETAILED_ERRORS = 14;
    /** VDAgentFileXferStatusError.error_type: error_code is a GIOErrorEnum. */
    static final int ERROR_GLIB_IO = 0;
    /** GIOErrorEnum codes the client shows as text. */
    static final int IO_FAILED = 0, IO_FILENAME_TOO_LONG = 9, IO_INVALID_FILENAME = 10, IO_NO_SPACE = 12,
            IO_INVALID_ARGUMENT = 13, IO_PERMISSION_DENIED = 14, IO_READ_ONLY = 21, IO_TOO_MANY_OPEN_FILES = 31;
    /** Transfers one client may have open at once. */
    static final int MAX_ACTIVE = 16;
    /** How many " (n)" suffixes are tried before the name counts as taken. */
    private static final int MAX_SUFFIX = 64;
    private static final int MAX_NAME_BYTES = 255;
    private static final String GROUP = "[vdagent-file-xfer]";

    private final String label;
    /** The folder files land in, asked at each transfer; null: file transfer disabled. */
    private final Supplier<Path> folder;
    private final Map<AgentClient, Map<Integer, Transfer>> active = new ConcurrentHashMap<>();

    private FileTransfer(String label, Supplier<Path> folder) {
        this.label = label;
        this.folder = folder;
    }

    /** File transfer into the folder {@code folder} gives (asked at each transfer, so a changed setting counts). */
    public static FileTransfer into(String label, Supplier<Path> folder) {
        return new FileTransfer(label, folder);
    }

    /**
     * Announces file transfer disabled and refuses every transfer: for desktops this process cannot write into as
     * their owner. The service's desktops run in the service's JVM as the service user; writing as the owner needs
     * the root helper to open the temporary file in the owner's folder as the owner and pass its descriptor, and to
     * link it to its final name as the owner.
     */
    public static FileTransfer disabled(String label) {
        return new FileTransfer(label, null);
    }

    /**
     * The download folder of the user this process runs as: XDG_DOWNLOAD_DIR of the user-dirs.dirs file (what
     * {@code xdg-user-dir DOWNLOAD} reads), else ~/Downloads.
     */
    public static Path ownersDownloadFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        String configHome = System.getenv("XDG_CONFIG_HOME");
        Path dirs = (configHome != null && !configHome.isEmpty() ? Path.of(configHome) : home.resolve(".config"))
            .resolve("user-dirs.dirs");
        try {
            for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                line = line.strip();
                if (!line.startsWith("XDG_DOWNLOAD_DIR=")) continue;
                String v = line.substring("XDG_DOWNLOAD_DIR=".length());
                if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1);
                if (v.startsWith("$HOME")) return Path.of(home + v.substring(5));
                if (v.startsWith("/")) return Path.of(v);
            }
        } catch (IOException | RuntimeException e) {
            // no user-dirs.dirs, or unreadable: the default below
        }
        return home.resolve("Downloads");
    }

    /** One file being received. */
    private static final class Transfer {
        final int id;
        final String name;
        final long size;
        final Path dir, temp;
        final FileChannel out;
        long received;

        Transfer(int id, String name, long size, Path dir, Path temp, FileChannel out) {
            this.id = id;
            this.name = name;
            this.size = size;
            this.dir = dir;
            this.temp = temp;
            this.out = out;
        }
    }

    @Override
    public int[] capabilities() {
        return folder == null ? new int[] {VdAgent.CAP_FILE_XFER_DISABLED} : new int[0];
    }

    @Override
    public boolean handles(int type) {
        return type == VdAgent.FILE_XFER_START || type == VdAgent.FILE_XFER_DATA || type == VdAgent.FILE_XFER_STATUS;
    }

    @Override
    public void messageReceived(AgentClient client, int type, byte[] data) {
        if (data.length < 4) throw new MalformedAgentMessage("file transfer message of " + data.length + " bytes");
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int id = in.getInt();
        switch (type) {
            case VdAgent.FILE_XFER_START -> start(client, id, data);
            case VdAgent.FILE_XFER_DATA -> data(client, id, in);
            default -> status(client, id, in);
        }
    }

    @Override
    public void clientDisconnected(AgentClient client) {
        Map<Integer, Transfer> mine = active.remove(client);
        if (mine == null) return;
        for (Transfer t : mine.values()) {
            log.info("agent {}: client gone during the transfer of \"{}\" ({} of {} bytes): partial file removed",
                label, t.name, t.received, t.size);
            discard(t);
        }
    }

    @Override
    public void close() {
        for (AgentClient c : active.keySet()) clientDisconnected(c);
    }

    // ---- START ----------------------------------------------------------------------------------------

    private void start(AgentClient client, int id, byte[] data) {
        if (folder == null) {
            sendStatus(client, id, DISABLED, null);
            return;
        }
        Map<Integer, Transfer> mine = active.computeIfAbsent(client, c -> new ConcurrentHashMap<>());
        Transfer old = mine.remove(id);
        if (old != null) {
            discard(old);
            fail(client, id, IO_INVALID_ARGUMENT, "a second FILE_XFER_START for transfer " + id);
            return;
        }
        if (mine.size() >= MAX_ACTIVE) {
            fail(client, id, IO_TOO_MANY_OPEN_FILES, "more than " + MAX_ACTIVE + " transfers at once");
            return;
        }
        String text = new String(data, 4, data.length - 4, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        if (nul >= 0) text = text.substring(0, nul);
        String name = keyValue(text, "name");
        String sizeText = keyValue(text, "size");
        long size;
        try {
            size = sizeText == null ? -1 : Long.parseLong(sizeText.strip());
        } catch (NumberFormatException e) {
            size = -1;
        }
        if (name == null || size < 0) {
            fail(client, id, IO_INVALID_ARGUMENT, "FILE_XFER_START without a name and size");
            return;
        }
        String refusal = refusal(name);
        if (refusal != null) {
            fail(client, id, IO_INVALID_FILENAME, "file name " + quoted(name) + " refused: " + refusal);
            return;
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            fail(client, id, IO_FILENAME_TOO_LONG, "file name of over " + MAX_NAME_BYTES + " bytes refused");
            return;
        }
        Path dir = folder.get();
        Path temp = null;
        FileChannel out = null;
        try {
            Files.createDirectories(dir);
            long free = Files.getFileStore(dir).getUsableSpace();
            if (free < size) {
                noSpace(client, id, free, "\"" + name + "\" of " + size + " bytes does not fit in " + dir + " ("
                    + free + " bytes free)");
                return;
            }
            // hidden, of a random name: nobody takes the half-written file for the real one
            temp = dir.resolve(".sumac-download-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            if (temp != null) deleteQuietly(temp);
            fail(client, id, ioCode(e), "cannot write \"" + name + "\" into " + dir + ": " + describe(e));
            return;
        }
        Transfer t = new Transfer(id, name, size, dir, temp, out);
        mine.put(id, t);
        log.info("agent {}: receiving \"{}\" ({} bytes) into {}", label, name, size, dir);
        sendStatus(client, id, CAN_SEND_DATA, null);
        if (size == 0) finish(client, mine, t);
    }

    /** Why a file name may not be used, or null: it must name a file right inside the folder. */
    static String refusal(String name) {
        if (name.isEmpty()) return "empty";
        if (name.indexOf('\0') >= 0) return "holds a NUL";
        if (name.indexOf('/') >= 0) return "holds a /";
        if (name.equals(".") || name.equals("..")) return "is " + name;
        return null;
    }

    /** A value of the key file's [vdagent-file-xfer] group, unescaped as GKeyFile writes it; null if absent. */
    static String keyValue(String keyFile, String key) {
        boolean inGroup = false;
        for (String line : keyFile.split("\n", -1)) {
            line = line.strip();
            if (line.startsWith("[")) {
                inGroup = line.equals(GROUP);
                continue;
            }
            if (!inGroup) continue;
            int eq = line.indexOf('=');
            if (eq < 0 || !line.substring(0, eq).strip().equals(key)) continue;
            return unescape(line.substring(eq + 1).stripLeading());
        }
        return null;
    }

    private static String unescape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\' || i + 1 == v.length()) {
                b.append(c);
                continue;
            }
            char e = v.charAt(++i);
            b.append(switch (e) {
                case 's' -> ' ';
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> e;
            });
        }
        return b.toString();
    }

    // ---- DATA -------------------------------------------------------------------------------------------

    private void data(AgentClient client, int id, ByteBuffer in) {
        Map<Integer, Transfer> mine = active.get(client);
        Transfer t = mine == null ? null : mine.get(id);
        if (t == null) {
            // data in flight after a transfer ended (an error, a cancel): the client stops at our status
            log.debug("agent {}: data for no transfer {}", label, id);
            return;
        }
        if (in.remaining() < 8) {
            abort(client, mine, t, IO_INVALID_ARGUMENT, "FILE_XFER_DATA of " + (in.remaining() + 4) + " bytes");
            return;
        }
        long size = in.getLong();
        if (size != in.remaining()) {
            abort(client, mine, t, IO_INVALID_ARGUMENT, "FILE_XFER_DATA announcing " + Long.toUnsignedString(size)
                + " bytes holds " + in.remaining());
            return;
        }
        if (t.size - t.received < size) {
            abort(client, mine, t, IO_INVALID_ARGUMENT, "more than the announced " + t.size + " bytes of \"" + t.name
                + "\"");
            return;
        }
        try {
            while (in.hasRemaining()) t.out.write(in);
        } catch (IOException e) {
            if (isNoSpace(e)) {
                mine.remove(t.id);
                discard(t);
                noSpace(client, id, usableSpace(t.dir), "disk full writing \"" + t.name + "\" into " + t.dir);
            } else {
                abort(client, mine, t, ioCode(e), "cannot write \"" + t.name + "\": " + describe(e));
            }
            return;
        }
        t.received += size;
        if (t.received == t.size) finish(client, mine, t);
    }

    /** The last byte arrived: the file takes its name (with a suffix if taken) and the client hears SUCCESS. */
    private void finish(AgentClient client, Map<Integer, Transfer> mine, Transfer t) {
        mine.remove(t.id);
        try {
            t.out.close();
            Path done = claimName(t);
            log.info("agent {}: received {} ({} bytes)", label, done, t.size);
            sendStatus(client, t.id, SUCCESS, null);
        } catch (IOException e) {
            deleteQuietly(t.temp);
            fail(client, t.id, ioCode(e), "cannot name \"" + t.name + "\" in " + t.dir + ": " + describe(e));
        }
    }

    /**
     * Gives the temporary file its name, or "name (n).ext" when taken. A hard link fails when the name exists, so no
     * file of another is ever replaced; where links do not work, a move that does not replace.
     */
    private static Path claimName(Transfer t) throws IOException {
        int dot = t.name.lastIndexOf('.');
        String stem = dot > 0 ? t.name.substring(0, dot) : t.name, ext = dot > 0 ? t.name.substring(dot) : "";
        for (int i = 0; i < MAX_SUFFIX; i++) {
            Path target = t.dir.resolve(i == 0 ? t.name : stem + " (" + i + ")" + ext);
            try {
                try {
                    Files.createLink(target, t.temp);
                    Files.delete(t.temp);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (e instanceof FileAlreadyExistsException f) throw f;
                    Files.move(t.temp, target);
                }
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken: the next suffix
            }
        }
        throw new FileAlreadyExistsException(t.name + " and " + MAX_SUFFIX + " numbered names");
    }

    // ---- STATUS -----------------------------------------------------------------------------------------

    private void status(AgentClient client, int id, ByteBuffer in) {
        if (in.remaining() < 4) throw new MalformedAgentMessage("FILE_XFER_STATUS of " + (in.remaining() + 4) + " bytes");
        int result = in.getInt();
        Map<Integer, Transfer> mine = active.get(client);
        Transfer t = mine == null ? null : mine.remove(id);
        if (t == null) return;
        log.info("agent {}: the client {} the transfer of \"{}\" ({} of {} bytes): partial file removed", label,
            result == CANCELLED ? "cancelled" : "ended with status " + result, t.name, t.received, t.size);
        discard(t);
    }

    // ---- ending -----------------------------------------------------------------------------------------

    private void abort(AgentClient client, Map<Integer, Transfer> mine, Transfer t, int ioCode, String why) {
        mine.remove(t.id);
        discard(t);
        fail(client, t.id, ioCode, why + ": partial file removed");
    }

    private static void discard(Transfer t) {
        try {
            t.out.close();
        } catch (IOException e) {
            // the file goes anyway
        }
        deleteQuietly(t.temp);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more to do; the name is hidden
        }
    }

    /** One log line, and ERROR to the client with a GIO error code if it reads details. */
    private void fail(AgentClient client, int id, int ioCode, String why) {
        log.warn("agent {}: file transfer {} failed: {}", label, id, why);
        ByteBuffer detail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(ERROR_GLIB_IO).putInt(ioCode);
        sendStatus(client, id, ERROR, client.has(CAP_FILE_XFER_DETAILED_ERRORS) ? detail.array() : null);
    }

    /** NOT_ENOUGH_SPACE with the free bytes to a client that reads details, else a plain ERROR. */
    private void noSpace(AgentClient client, int id, long free, String why) {
        log.warn("agent {}: file transfer {} failed: {}", label, id, why);
        if (client.has(CAP_FILE_XFER_DETAILED_ERRORS)) {
            sendStatus(client, id, NOT_ENOUGH_SPACE,
                ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(free).array());
        } else {
            sendStatus(client, id, ERROR, null);
        }
    }

    private static void sendStatus(AgentClient client, int id, int result, byte[] detail) {
        int n = detail == null ? 0 : detail.length;
        ByteBuffer b = ByteBuffer.allocate(8 + n).order(ByteOrder.LITTLE_ENDIAN).putInt(id).putInt(result);
        if (detail != null) b.put(detail);
        client.send(VdAgent.FILE_XFER_STATUS, b.array());
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isNoSpace(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"));
    }

    /** The GIO code closest to what went wrong, so the client's message says it. */
    private static int ioCode(IOException e) {
        if (isNoSpace(e)) return IO_NO_SPACE;
        if (e instanceof AccessDeniedException) return IO_PERMISSION_DENIED;
        String m = e.getMessage();
        if (m != null && m.contains("Read-only file system")) return IO_READ_ONLY;
        return IO_FAILED;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied (" + m + ")";
        if (e instanceof FileAlreadyExistsException) return m + " is in the way (not a folder)";
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static String quoted(String name) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : name.toCharArray()) {
            if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }

    /** Transfers open for this client (tests). */
    int activeTransfers(AgentClient client) {
        Map<Integer, Transfer> mine = active.get(client);
        return mine == null ? 0 : mine.size();
    }
}
