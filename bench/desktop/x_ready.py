#!/usr/bin/python3
"""Display start-up time for bin/bench-desktop: how long after a server process was started its X socket
completes an X connection setup.

Usage: x_ready.py DISPLAY STARTED PID [TIMEOUT]
STARTED is the wall-clock time (seconds since the epoch, bash's $EPOCHREALTIME) just before the server was
started; PID is the server's process, so a server that dies is noticed at once. Every 5 ms it connects to
/tmp/.X11-unix/X<DISPLAY> and sends a connection setup; once the server answers Success it prints
"OK seconds" (from STARTED), else "FAIL reason" after TIMEOUT seconds (default 60). A socket that accepts the
connection but has no screen yet does not count: the answer must be Success, as a client needs.
"""
import os
import socket
import struct
import sys
import time


def answers(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(5)
    try:
        s.connect(path)
        # Little-endian setup request, protocol 11.0, no authorization.
        s.sendall(struct.pack('<BxHHHHxx', ord('l'), 11, 0, 0, 0))
        first = s.recv(1)
        return first == b'\x01'
    except OSError:
        return False
    finally:
        s.close()


def main():
    display, started, pid = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    timeout = float(sys.argv[4]) if len(sys.argv) > 4 else 60
    path = '/tmp/.X11-unix/X%d' % display
    while time.time() - started < timeout:
        if os.path.exists(path) and answers(path):
            print('OK %.3f' % (time.time() - started), flush=True)
            return
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            print('FAIL the server exited', flush=True)
            sys.exit(1)
        time.sleep(0.005)
    print('FAIL no X connection in %.0f s' % timeout, flush=True)
    sys.exit(1)


if __name__ == '__main__':
    main()
