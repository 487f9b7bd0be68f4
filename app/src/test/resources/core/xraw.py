"""A raw X connection for the differential scripts: requests as bytes, replies, events and errors as they come,
so that extension requests python-xlib does not know (SYNC) can be sent and their errors seen as the server sends
them. Little-endian, no authorization (the test servers run without it)."""
import os
import socket
import struct


class Conn:
    def __init__(self, display=None):
        display = display or os.environ['DISPLAY']
        number = display.split(':')[1].split('.')[0]
        self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.s.connect('/tmp/.X11-unix/X' + number)
        self.s.sendall(struct.pack('<BxHHHHxx', ord('l'), 11, 0, 0, 0))
        head = self._read(8)
        if head[0] != 1:
            raise RuntimeError('connection refused')
        rest = self._read(struct.unpack('<H', head[6:8])[0] * 4)
        self.id_base, self.id_mask = struct.unpack('<II', rest[4:12])
        vendor_len = struct.unpack('<H', rest[16:18])[0]
        formats = rest[21]
        screen = 32 + ((vendor_len + 3) & ~3) + 8 * formats
        self.root = struct.unpack('<I', rest[screen:screen + 4])[0]
        self.seq = 0
        self.next_id = 1
        self.queue = []  # messages read while looking for something else

    def _read(self, n):
        b = b''
        while len(b) < n:
            chunk = self.s.recv(n - len(b))
            if not chunk:
                raise EOFError('server closed the connection')
            b += chunk
        return b

    def new_id(self):
        i = self.id_base | self.next_id
        self.next_id += 1
        return i

    def request(self, major, data, body=b''):
        """Sends a request (major opcode, byte 1, body after the length); returns its sequence number."""
        body += b'\0' * (-len(body) % 4)
        self.s.sendall(struct.pack('<BBH', major, data, 1 + len(body) // 4) + body)
        self.seq += 1
        return self.seq

    def raw(self, data):
        """Sends bytes as they are (a request with a length field of one's own)."""
        self.s.sendall(data)
        self.seq += 1
        return self.seq

    def read(self):
        """The next message: 32 bytes (an error or event), or a whole reply or generic event."""
        if self.queue:
            return self.queue.pop(0)
        m = self._read(32)
        if m[0] in (1, 35):  # replies and generic events carry a length (sent events are 32 bytes)
            m += self._read(struct.unpack('<I', m[4:8])[0] * 4)
        return m

    def read_now(self, timeout):
        """The next message if one comes within timeout seconds, else None."""
        if self.queue:
            return self.queue.pop(0)
        self.s.settimeout(timeout)
        try:
            first = self.s.recv(1, socket.MSG_PEEK)
        except socket.timeout:
            return None
        finally:
            self.s.settimeout(None)
        return self.read() if first else None

    def sync(self):
        """GetInputFocus round trip; returns (errors, events) that came before its reply, in order."""
        seq = self.request(43, 0)
        errors, events = [], []
        while True:
            m = self.read()
            s = struct.unpack('<H', m[2:4])[0]
            if m[0] == 1 and s == seq & 0xffff:
                return errors, events
            if m[0] == 0:
                errors.append(m)
            elif m[0] == 1:
                continue
            else:
                events.append(m)

    def reply(self, seq):
        """The reply to seq, or the error for it (bytes with byte 0 = 0); events before it are queued."""
        held = []
        while True:
            m = self.read()
            s = struct.unpack('<H', m[2:4])[0]
            if m[0] in (0, 1) and s == seq & 0xffff:
                self.queue = held + self.queue
                return m
            held.append(m)

    def extension(self, name):
        """QueryExtension: (major opcode, first event, first error), or None."""
        n = name.encode()
        r = self.reply(self.request(98, 0, struct.pack('<HH', len(n), 0) + n))
        if r[0] != 1 or not r[8]:
            return None
        return r[9], r[10], r[11]

    def close(self):
        self.s.close()


def error_name(m, first_error, names, bases=()):
    """An error as 'BadX value minor' (core names, or the extension's from first_error on); BadMatch and BadLength
    (and BadRequest, BadAlloc, BadImplementation) without their value, which Xorg leaves as whatever an earlier
    request set. A value in the id range of one of the connections in bases (their order: a, b, ...) is shown as
    'a+n', since servers number clients differently, and the root window as 'root'."""
    core = ['Success', 'BadRequest', 'BadValue', 'BadWindow', 'BadPixmap', 'BadAtom', 'BadCursor', 'BadFont',
            'BadMatch', 'BadDrawable', 'BadAccess', 'BadAlloc', 'BadColor', 'BadGC', 'BadIDChoice', 'BadName',
            'BadLength', 'BadImplementation']
    code = m[1]
    if code < len(core):
        name = core[code]
    elif first_error and first_error <= code < first_error + len(names):
        name = names[code - first_error]
    else:
        name = 'error %d' % code
    minor = struct.unpack('<H', m[8:10])[0]
    if code in (1, 8, 11, 16, 17):
        return '%s minor %d' % (name, minor)
    value = struct.unpack('<I', m[4:8])[0]
    if bases and value == bases[0].root:
        return '%s root minor %d' % (name, minor)
    for letter, c in zip('abcdefgh', bases):
        if value & ~c.id_mask == c.id_base:
            return '%s %s+%#x minor %d' % (name, letter, value & c.id_mask, minor)
    return '%s %#x minor %d' % (name, value, minor)
