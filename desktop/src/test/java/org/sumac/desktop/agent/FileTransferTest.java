package org.sumac.desktop.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sumac.spice.agent.AgentPort;
import org.sumac.spice.agent.VdAgent;

/** File transfer against a fake client: what lands in the folder, what is left behind, what the client hears. */
class FileTransferTest {
    @TempDir
    Path home;

    /** Keeps the statuses sent as "id result [detail...]". */
    static final class Port implements AgentPort {
        final List<String> sent = new ArrayList<>();

        @Override public boolean send(int type, byte[] data) {
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            StringBuilder s = new StringBuilder(type == VdAgent.FILE_XFER_STATUS ? "" : "type " + type + " ");
            s.append(b.getInt()).append(' ').append(b.getInt());
            if (b.remaining() == 8) s.append(" detail ").append(b.getInt()).append(' ').append(b.getInt());
            sent.add(s.toString());
            return true;
        }

        @Override public boolean isOpen() { return true; }
    }

    final Port port = new Port();
    final AgentClient client = new AgentClient(port);

    Path downloads() {
        return home.resolve("Downloads");
    }

    FileTransfer feature() {
        return FileTransfer.into(":test", this::downloads);
    }

    void detailedErrors() {
        client.announce(ByteBuffer.wrap(new byte[] {0, (byte) (1 << (FileTransfer.CAP_FILE_XFER_DETAILED_ERRORS - 8)), 0, 0}));
    }

    static byte[] start(int id, String keyFile) {
        byte[] text = (keyFile + "\0").getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(4 + text.length).order(ByteOrder.LITTLE_ENDIAN).putInt(id).put(text).array();
    }

    static byte[] start(int id, String name, long size) {
        return start(id, "[vdagent-file-xfer]\nname=" + name + "\nsize=" + size + "\n");
    }

    static byte[] data(int id, byte[] bytes) {
        return ByteBuffer.allocate(12 + bytes.length).order(ByteOrder.LITTLE_ENDIAN).putInt(id).putLong(bytes.length)
            .put(bytes).array();
    }

    static byte[] status(int id, int result) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(id).putInt(result).array();
    }

    List<String> filesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileArrivesInChunksUnderItsNameAndTheClientHearsSuccess() throws IOException {
        FileTransfer f = feature();
        byte[] content = new byte[200_000];
        new java.util.Random(7).nextBytes(content);
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "report.pdf", content.length));
        assertEquals(List.of("1 0"), port.sent, "CAN_SEND_DATA");
        for (int at = 0; at < content.length; at += 65536) {
            byte[] chunk = java.util.Arrays.copyOfRange(content, at, Math.min(content.length, at + 65536));
            f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(1, chunk));
            if (at + 65536 < content.length) {
                List<String> names = filesIn(downloads());
                assertEquals(1, names.size());
                assertEquals(true, names.getFirst().startsWith("."), "a hidden temporary name until complete: " + names);
            }
        }
        assertEquals(List.of("1 0", "1 3"), port.sent, "then SUCCESS");
        assertEquals(List.of("report.pdf"), filesIn(downloads()));
        assertArrayEquals(content, Files.readAllBytes(downloads().resolve("report.pdf")));
    }

    @Test
    void aNameThatExistsGetsANumberBeforeItsExtension() throws IOException {
        Files.createDirectories(downloads());
        Files.writeString(downloads().resolve("a.txt"), "mine");
        Files.writeString(downloads().resolve("a (1).txt"), "mine too");
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "a.txt", 3));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(1, "new".getBytes()));
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(2, "README", 0));
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(3, "README", 0));
        assertEquals(List.of("README", "README (1)", "a (1).txt", "a (2).txt", "a.txt"), filesIn(downloads()));
        assertEquals("mine", Files.readString(downloads().resolve("a.txt")), "nobody's file is replaced");
        assertEquals("new", Files.readString(downloads().resolve("a (2).txt")));
    }

    @Test
    void namesThatLeaveTheFolderAreRefusedWithAnInvalidFilenameError() throws IOException {
        detailedErrors();
        FileTransfer f = feature();
        String[] bad = {"../escape", "/etc/passwd", "..", ".", "", "a/b", "x\\0y"};
        for (int i = 0; i < bad.length; i++) {
            f.messageReceived(client, VdAgent.FILE_XFER_START, start(i, bad[i], 4));
        }
        // a raw NUL inside the name: the key file text ends there, the size is lost, the start refused
        f.messageReceived(client, VdAgent.FILE_XFER_START,
            start(20, "[vdagent-file-xfer]\nname=..\u0000/x\nsize=1\n"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) expected.add(i + " 2 detail 0 " + FileTransfer.IO_INVALID_FILENAME);
        expected.add("6 0"); // "x\0y" unescapes to "x0y": a fine name
        expected.add("20 2 detail 0 " + FileTransfer.IO_INVALID_ARGUMENT);
        assertEquals(expected, port.sent);
        assertEquals(1, f.activeTransfers(client));
        assertEquals(List.of(), filesIn(home.getParent().resolve(home.getFileName())).stream()
            .filter(n -> !n.equals("Downloads")).toList(), "nothing written beside the folder");
    }

    @Test
    void aCancelFromTheClientRemovesThePartialFile() throws IOException {
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(5, "big.iso", 1000));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(5, new byte[400]));
        assertEquals(1, filesIn(downloads()).size());
        f.messageReceived(client, VdAgent.FILE_XFER_STATUS, status(5, FileTransfer.CANCELLED));
        assertEquals(List.of(), filesIn(downloads()));
        assertEquals(0, f.activeTransfers(client));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(5, new byte[400])); // in flight: ignored
        assertEquals(List.of("5 0"), port.sent);
    }

    @Test
    void aClientGoneMidFileLeavesNothingBehind() throws IOException {
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "one", 10));
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(2, "two", 10));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(2, new byte[5]));
        f.clientDisconnected(client);
        assertEquals(List.of(), filesIn(downloads()));
    }

    @Test
    void moreThanTheAnnouncedSizeIsRefusedAndThePartialFileRemoved() throws IOException {
        detailedErrors();
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "small", 10));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(1, new byte[6]));
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(1, new byte[6]));
        assertEquals(List.of("1 0", "1 2 detail 0 " + FileTransfer.IO_INVALID_ARGUMENT), port.sent);
        assertEquals(List.of(), filesIn(downloads()));
    }

    @Test
    void aDataSizeThatOverrunsItsMessageEndsTheTransfer() throws IOException {
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "f", 100));
        byte[] lying = data(1, new byte[10]);
        ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN).putLong(4, 50);
        f.messageReceived(client, VdAgent.FILE_XFER_DATA, lying);
        assertEquals(List.of("1 0", "1 2"), port.sent, "a plain ERROR to a client without detailed errors");
        assertEquals(List.of(), filesIn(downloads()));
        assertThrows(MalformedAgentMessage.class, () -> f.messageReceived(client, VdAgent.FILE_XFER_DATA, new byte[2]));
    }

    @Test
    void aFileLargerThanTheFreeSpaceIsRefusedWithTheFreeSpace() throws IOException {
        detailedErrors();
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(9, "huge", Long.MAX_VALUE));
        assertEquals(1, port.sent.size());
        String s = port.sent.getFirst();
        assertEquals(true, s.startsWith("9 " + FileTransfer.NOT_ENOUGH_SPACE + " detail "), s);
        assertEquals(List.of(), filesIn(downloads()));
    }

    @Test
    void aDiskThatFillsMidFileRemovesThePartialFileAndSaysNotEnoughSpace() throws Exception {
        // a real full disk: a 1 MiB tmpfs, where mounting is allowed (root with CAP_SYS_ADMIN)
        Files.createDirectories(downloads());
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", downloads().toString())
            .redirectErrorStream(true).start();
        mount.getInputStream().readAllBytes();
        org.junit.jupiter.api.Assumptions.assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here");
        try {
            detailedErrors();
            FileTransfer f = feature();
            f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "fits-at-first", 700_000));
            assertEquals(List.of("1 0"), port.sent, "700 kB fit in 1 MiB when asked");
            Files.write(downloads().resolve("filler"), new byte[600_000]); // then someone else fills the disk
            for (int i = 0; i < 11 && f.activeTransfers(client) > 0; i++) {
                f.messageReceived(client, VdAgent.FILE_XFER_DATA, data(1, new byte[65536]));
            }
            assertEquals(2, port.sent.size(), "one status more: " + port.sent);
            assertEquals(true, port.sent.get(1).startsWith("1 " + FileTransfer.NOT_ENOUGH_SPACE + " detail "),
                port.sent.toString());
            assertEquals(List.of("filler"), filesIn(downloads()), "the partial file is gone");
        } finally {
            new ProcessBuilder("umount", downloads().toString()).start().waitFor();
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAnErrorForTheClient() throws IOException {
        detailedErrors();
        Files.writeString(downloads(), "a file where the folder should be");
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(3, "x", 1));
        assertEquals(List.of("3 2 detail 0 " + FileTransfer.IO_FAILED), port.sent);
        assertEquals(0, f.activeTransfers(client));
    }

    @Test
    void aStartWithoutNameOrSizeIsAnError() {
        FileTransfer f = feature();
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(1, "[vdagent-file-xfer]\nsize=4\n"));
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(2, "[other]\nname=a\nsize=4\n"));
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(3, "[vdagent-file-xfer]\nname=a\nsize=-4\n"));
        assertEquals(List.of("1 2", "2 2", "3 2"), port.sent);
    }

    @Test
    void aDisabledTransferAnnouncesItAndRefusesWithDisabled() {
        FileTransfer f = FileTransfer.disabled(":test");
        assertArrayEquals(new int[] {VdAgent.CAP_FILE_XFER_DISABLED}, f.capabilities());
        f.messageReceived(client, VdAgent.FILE_XFER_START, start(4, "a", 1));
        assertEquals(List.of("4 " + FileTransfer.DISABLED), port.sent);
    }

    @Test
    void keyFileValuesAreUnescapedAsGKeyFileWritesThem() {
        assertEquals(" lead\tand\\end", FileTransfer.keyValue("[vdagent-file-xfer]\nname=\\slead\\tand\\\\end\n", "name"));
        assertNull(FileTransfer.keyValue("[vdagent-file-xfer]\nsize=1\n", "name"));
    }

    @Test
    void theDownloadFolderFollowsUserDirsOrIsDownloads() throws IOException {
        String saved = System.getProperty("user.home");
        try {
            System.setProperty("user.home", home.toString());
            org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("XDG_CONFIG_HOME") == null);
            assertEquals(home.resolve("Downloads"), FileTransfer.ownersDownloadFolder());
            Files.createDirectories(home.resolve(".config"));
            Files.writeString(home.resolve(".config/user-dirs.dirs"), "# comment\nXDG_DOWNLOAD_DIR=\"$HOME/Incoming\"\n");
            assertEquals(home.resolve("Incoming"), FileTransfer.ownersDownloadFolder());
        } finally {
            System.setProperty("user.home", saved);
        }
    }
}
