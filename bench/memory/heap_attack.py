#!/usr/bin/env python3
"""The heap attack of issue 11 (finding 3) for bin/bench-memory, over a display's Unix socket in raw X11.

    heap_attack.py DISPLAY_NUMBER HOLD_SECONDS

All at once: 30 clients each create a 8192x8184 pixmap (255.75 MiB) and fill it; 100 clients each send a
16 MiB BIG-REQUESTS PutImage but its last 4 bytes and stall; 20 clients each ask for the whole screen 60
times and never read. Prints "attacking" when all of it has been sent, holds it HOLD_SECONDS, then closes
every connection and prints "ended" with what the server answered (held, BadAlloc, cut off)."""
import socket
import struct
import sys
import time

BIG_REQUEST_UNITS = 4194303


def recvn(s, n):
    b = bytearray()
    while len(b) < n:
        chunk = s.recv(n - len(b))
        if not chunk:
            raise EOFError
        b += chunk
    return bytes(b)


class Conn:
    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX)
        self.s.connect(path)
        self.s.sendall(struct.pack('<cxHHHHxx', b'l', 11, 0, 0, 0))
        head = recvn(self.s, 8)
        if head[0] != 1:
            raise ConnectionRefusedError('refused')
        body = recvn(self.s, struct.unpack_from('<H', head, 6)[0] * 4)
        self.base = struct.unpack_from('<I', body, 4)[0]
        vlen, nformats = struct.unpack_from('<H', body, 16)[0], body[21]
        at = 32 + ((vlen + 3) & ~3) + 8 * nformats
        self.root = struct.unpack_from('<I', body, at)[0]
        self.width, self.height = struct.unpack_from('<HH', body, at + 20)
        self.next = 1

    def new_id(self):
        self.next += 1
        return self.base | self.next

    def send(self, b):
        self.s.sendall(b)

    def reply_or_error(self):
        while True:
            head = recvn(self.s, 32)
            if head[0] == 1:
                recvn(self.s, struct.unpack_from('<I', head, 4)[0] * 4)
                return 'reply'
            if head[0] == 0:
                return 'error %d' % head[1]

    def round_trip(self):
        self.send(struct.pack('<BxH', 43, 1))
        return self.reply_or_error()

    def close(self):
        try:
            self.s.close()
        except OSError:
            pass


def main():
    path = '/tmp/.X11-unix/X%s' % sys.argv[1]
    hold = float(sys.argv[2])
    conns, outcome = [], {}

    def count(what):
        outcome[what] = outcome.get(what, 0) + 1

    # Big pixmaps, filled.
    for _ in range(30):
        c = Conn(path)
        conns.append(c)
        pid, gc = c.new_id(), c.new_id()
        c.send(struct.pack('<BBHIIHH', 53, 24, 4, pid, c.root, 8192, 8184))
        r = c.round_trip()
        if r != 'reply':
            c.reply_or_error()
            count('pixmap ' + ('BadAlloc' if r == 'error 11' else r))
            continue
        c.send(struct.pack('<BxHIIII', 55, 5, gc, pid, 4, 0x123456))
        c.send(struct.pack('<BxHIIhhHH', 70, 5, pid, gc, 0, 0, 8192, 8184))
        count('pixmap held')
    # Stalled big requests, sent but for their last 4 bytes.
    chunk = bytes(1 << 20)
    for _ in range(100):
        c = Conn(path)
        conns.append(c)
        c.send(struct.pack('<BBH', 133, 0, 1))  # BIG-REQUESTS Enable (major 133 on Sumac)
        c.reply_or_error()
        c.send(struct.pack('<BBHIIIHHhhBBxx', 72, 2, 0, BIG_REQUEST_UNITS, 0, 0, 1024, 1024, 0, 0, 0, 24))
        rest = BIG_REQUEST_UNITS * 4 - 28 - 4
        try:
            while rest > 0:
                n = min(rest, len(chunk))
                c.send(chunk[:n])
                rest -= n
            count('big request sent')
        except OSError:
            count('big request cut off')
    # Clients that never read.
    for _ in range(20):
        c = Conn(path)
        conns.append(c)
        try:
            for _ in range(60):
                c.send(struct.pack('<BBHIhhHHI', 73, 2, 5, c.root, 0, 0, c.width, c.height, 0xffffffff))
            count('unread GetImages sent')
        except OSError:
            count('unread GetImages cut off')
    print('attacking', flush=True)
    time.sleep(hold)
    for c in conns:
        c.close()
    print('ended: ' + ', '.join('%s %d' % kv for kv in sorted(outcome.items())), flush=True)


if __name__ == '__main__':
    main()
