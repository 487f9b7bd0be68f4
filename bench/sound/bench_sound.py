"""Sound benchmark for bin/bench-sound (issue 17, acceptance 4): playback latency, bytes per second and server CPU,
raw and Opus, on Sumac and on Xspice, with spice-gtk (app/src/test/resources/sound/spice_audio_client.py) as client.

Latency: a program in the desktop writes 10 ms frames of silence through pacat (--latency-msec=20) at real-time
pace, with a click (10 ms at a quarter of full scale) every 250 ms; the time it hands a click to pacat is compared
with the time spice-gtk's playback channel delivers that click's first sample ('playback-data'). Bytes: what the
server sends its client on all channels (a counting proxy between them) while a 440 Hz sine plays for 10 s, and
while nothing plays for 5 s. CPU: the server process's user+system time over the 10 s (PulseAudio's shown apart).
"""
import argparse
import os
import re
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'desktop'))
from byteproxy import ByteProxy  # noqa: E402

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
CLIENT = os.path.join(TOP, 'app/src/test/resources/sound/spice_audio_client.py')
FRAME = 1920
TICK = os.sysconf('SC_CLK_TCK')


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    p = s.getsockname()[1]
    s.close()
    return p


def cpu_seconds(pid):
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def start_pulse(dir_, sink_file):
    script = os.path.join(dir_, 'default.pa')
    with open(script, 'w') as f:
        f.write('load-module module-native-protocol-unix socket=%s/native auth-anonymous=1\n' % dir_)
        f.write('load-module module-pipe-sink file=%s sink_name=xspice format=s16le rate=48000 channels=2 '
                'use_system_clock_for_timing=yes\n' % sink_file)
        f.write('load-module module-suspend-on-idle timeout=1\nset-default-sink xspice\n')
    env = dict(os.environ, PULSE_RUNTIME_PATH=dir_, PULSE_STATE_PATH=dir_, XDG_RUNTIME_DIR=dir_,
               XDG_CONFIG_HOME=dir_, HOME=dir_)
    env.pop('DISPLAY', None)
    p = subprocess.Popen(['pulseaudio', '-n', '-F', script, '--daemonize=no', '--exit-idle-time=-1',
                          '--use-pid-file=no', '--disable-shm=yes', '--log-level=error'], env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(200):
        if os.path.exists(os.path.join(dir_, 'native')):
            return p
        time.sleep(0.05)
    raise RuntimeError('pulseaudio did not start')


class Server:
    """One desktop with sound: Sumac (--sound) or Xspice (Xorg + spiceqxl reading a PulseAudio pipe sink)."""

    def __init__(self, kind, opus, display, port, sumac_cmd):
        self.kind, self.procs = kind, []
        try:
            self._start(kind, opus, display, port, sumac_cmd)
        except BaseException:
            self.close()  # a server that did not come up must not keep its display from the next run
            raise

    def _start(self, kind, opus, display, port, sumac_cmd):
        self.work = tempfile.mkdtemp(prefix='bench-sound-')
        if kind == 'sumac':
            self.log = open(os.path.join(self.work, 'sumac.log'), 'w+')
            p = subprocess.Popen(sumac_cmd + [':%d' % display, '--port', str(port), '--addr', '127.0.0.1',
                                              '--disable-ticketing', '--sound', '--playback-compression',
                                              'on' if opus else 'off'], stdout=self.log, stderr=self.log)
            self.procs.append(p)
            self.pid = p.pid
            for _ in range(1800):  # a loaded machine (other builds) has taken over a minute to start it
                self.log.seek(0)
                m = re.search(r'sound: PULSE_SERVER=(\S+)', self.log.read())
                if m:
                    self.pulse_server = m.group(1)
                    break
                if p.poll() is not None:
                    raise RuntimeError('sumac exited')
                time.sleep(0.1)
            else:
                raise RuntimeError('sumac printed no PULSE_SERVER')
            self.pulse_pid = int(subprocess.check_output(['pgrep', '-P', str(self.pid), 'pulseaudio']).split()[0])
        else:
            fifo_dir = os.path.join(self.work, 'fifos')
            os.mkdir(fifo_dir)
            conf = os.path.join(self.work, 'xspice.conf')
            with open(conf, 'w') as f:
                f.write(XSPICE_CONF % dict(port=port, fifo=fifo_dir, compression='True' if opus else 'False'))
            x = subprocess.Popen(['Xorg', ':%d' % display, '-config', conf, '-noreset', '-nolisten', 'tcp',
                                  '-logfile', os.path.join(self.work, 'xorg.log')],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.procs.append(x)
            self.pid = x.pid
            for _ in range(300):
                if os.path.exists('/tmp/.X11-unix/X%d' % display):
                    break
                time.sleep(0.1)
            # Xspice watches its FIFO directory for new files: the sink's pipe is made after it started.
            pulse = start_pulse(self.work, os.path.join(fifo_dir, 'playback.fifo'))
            self.procs.append(pulse)
            self.pulse_pid = pulse.pid
            self.pulse_server = 'unix:%s/native' % self.work
            time.sleep(1)

    def close(self):
        for p in reversed(self.procs):
            p.send_signal(signal.SIGTERM)
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


XSPICE_CONF = '''Section "Device"
    Identifier "XSPICE"
    Driver "spiceqxl"
    Option "SpicePort" "%(port)d"
    Option "SpiceAddr" "127.0.0.1"
    Option "SpiceDisableTicketing" "True"
    Option "SpicePlaybackFIFODir" "%(fifo)s"
    Option "SpicePlaybackCompression" "%(compression)s"
    Option "NumHeads" "1"
    Option "FrameBufferSize" "16"
    Option "SurfaceBufferSize" "64"
    Option "CommandBufferSize" "64"
EndSection
Section "InputDevice"
    Identifier "XSPICE POINTER"
    Driver "xspice pointer"
EndSection
Section "InputDevice"
    Identifier "XSPICE KEYBOARD"
    Driver "xspice keyboard"
EndSection
Section "Monitor"
    Identifier "Configured Monitor"
EndSection
Section "Screen"
    Identifier "XSPICE Screen"
    Monitor "Configured Monitor"
    Device "XSPICE"
    DefaultDepth 24
    SubSection "Display"
        Depth 24
        Virtual 640 480
        Modes "640x480"
    EndSubSection
EndSection
Section "ServerLayout"
    Identifier "XSPICE"
    Screen "XSPICE Screen"
    InputDevice "XSPICE KEYBOARD"
    InputDevice "XSPICE POINTER"
EndSection
Section "ServerFlags"
    Option "AutoAddDevices" "False"
EndSection
'''


class Client:
    def __init__(self, port, work, record=None):
        self.out = os.path.join(work, 'playback-%d.raw' % time.monotonic_ns())
        self.p = subprocess.Popen(['/usr/bin/python3', CLIENT, '127.0.0.1', str(port), self.out]
                                  + ([record] if record else []),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines = []
        threading.Thread(target=self._read, daemon=True).start()
        deadline = time.monotonic() + 60
        while not any(l.startswith('PLAYBACK-OPEN') for l in self.lines):
            if time.monotonic() > deadline:
                raise RuntimeError('spice-gtk client did not open its playback channel')
            time.sleep(0.05)

    def _read(self):
        for line in self.p.stdout:
            self.lines.append(line.strip())

    def close(self):
        self.p.stdin.close()
        try:
            self.p.wait(5)
        except subprocess.TimeoutExpired:
            self.p.kill()


def pacat(pulse_server):
    return subprocess.Popen(['pacat', '--playback', '--raw', '--format=s16le', '--rate=48000', '--channels=2',
                             '--latency-msec=20'], stdin=subprocess.PIPE,
                            env=dict(os.environ, PULSE_SERVER=pulse_server))


def play_clicks(pulse_server, clicks, period_frames=25):
    """Writes silence with a click every period_frames frames; returns the monotonic times clicks were written."""
    silence = bytes(FRAME)
    click = b''.join(struct.pack('<hh', 8000 if (i // 24) % 2 == 0 else -8000, 0) for i in range(480))
    p = pacat(pulse_server)
    written = []
    start = time.monotonic()
    n = 0
    for c in range(clicks + 1):
        for f in range(period_frames):
            due = start + n * 0.010
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if f == 0 and c < clicks:
                written.append(time.clock_gettime(time.CLOCK_MONOTONIC))
                p.stdin.write(click)
            else:
                p.stdin.write(silence)
            p.stdin.flush()
            n += 1
    p.stdin.close()
    p.wait()
    return written


def received_clicks(client):
    """Delivery times of the clicks in what the client got: a loud sample after at least 100 ms of quiet."""
    data = open(client.out, 'rb').read()
    times = [tuple(float(x) for x in l.split()) for l in open(client.out + '.times')]
    clicks = []
    quiet = 10 ** 9
    offset = 0
    idx = 0
    for stamp, size in times:
        size = int(size)
        for i in range(0, min(size, len(data) - offset - 3), 4):  # the client may still be writing
            (v,) = struct.unpack_from('<h', data, offset + i)
            if abs(v) > 4000:
                if quiet >= 4800:
                    clicks.append(stamp)
                quiet = 0
            else:
                quiet += 1
        offset += size
        idx += 1
    return clicks


def click_track(clicks, period_frames=25):
    click = b''.join(struct.pack('<hh', 8000 if (i // 24) % 2 == 0 else -8000, 0) for i in range(480))
    frame = bytes(FRAME)
    return b''.join((click if f == 0 and c < clicks else frame) for c in range(clicks + 1)
                    for f in range(period_frames))


def record_latency(server, client, record_file, clicks):
    """From the client sending a click on its record channel to a program in the desktop reading it (pacat)."""
    reader = subprocess.Popen(['pacat', '--record', '--raw', '--format=s16le', '--rate=48000', '--channels=2',
                               '--latency-msec=10'], stdout=subprocess.PIPE,
                              env=dict(os.environ, PULSE_SERVER=server.pulse_server))
    got = []

    def read():
        quiet = 10 ** 9
        while True:
            x = reader.stdout.read1(FRAME) if hasattr(reader.stdout, 'read1') else reader.stdout.read(FRAME)
            if not x:
                return
            t = time.clock_gettime(time.CLOCK_MONOTONIC)
            for i in range(0, len(x) - 3, 4):
                (v,) = struct.unpack_from('<h', x, i)
                if abs(v) > 4000:
                    if quiet >= 4800:
                        got.append(t)
                    quiet = 0
                else:
                    quiet += 1
    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + clicks * 0.25 + 30
    while not any(l.startswith('RECORD-SENT') for l in client.lines) and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1)
    reader.terminate()
    reader.wait()
    sent = {}
    for line in open(record_file + '.sent'):
        t, off = line.split()
        sent[int(off)] = float(t)
    lat = []
    for c in range(clicks):
        t = sent.get(c * 25 * FRAME)
        later = [g for g in got if t is not None and t <= g < t + 1.0]
        if later:
            lat.append((later[0] - t) * 1000)
    return lat


def percentile(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def measure(kind, opus, display, sumac_cmd, clicks):
    port = free_port()
    server = Server(kind, opus, display, port, sumac_cmd)
    proxy = ByteProxy(port)
    client = None
    try:
        record_file = os.path.join(server.work, 'record-clicks.raw')
        with open(record_file, 'wb') as f:
            f.write(click_track(clicks))
        client = Client(proxy.port, server.work, record_file if kind == 'sumac' else None)
        time.sleep(1)
        written = play_clicks(server.pulse_server, clicks)
        time.sleep(1)
        got = received_clicks(client)
        lat = []
        for w in written:  # the first click delivered within a second after it was written
            later = [g for g in got if w <= g < w + 1.0]
            if later:
                lat.append((later[0] - w) * 1000)
        # idle: nothing plays
        time.sleep(2)
        b0, c0 = proxy.to_client, cpu_seconds(server.pid)
        time.sleep(5)
        idle = (proxy.to_client - b0) / 5
        idle_cpu = (cpu_seconds(server.pid) - c0) / 5 * 100
        # a 10 s sine
        sine = b''.join(struct.pack('<hh', int(10000 * __import__('math').sin(i * 2 * 3.14159265 * 440 / 48000)),
                                     0) for i in range(48000 * 10))
        p = pacat(server.pulse_server)
        b0, c0, pc0, t0 = proxy.to_client, cpu_seconds(server.pid), cpu_seconds(server.pulse_pid), time.monotonic()
        for i in range(0, len(sine), FRAME * 10):
            p.stdin.write(sine[i:i + FRAME * 10])
        p.stdin.close()
        p.wait()
        t = time.monotonic() - t0
        bps = (proxy.to_client - b0) / t
        cpu = (cpu_seconds(server.pid) - c0) / t * 100
        pcpu = (cpu_seconds(server.pulse_pid) - pc0) / t * 100
        rec = record_latency(server, client, record_file, clicks) if kind == 'sumac' else []
        return dict(idle_cpu=idle_cpu, record=rec, latency=lat, got=len(lat), written=len(written), idle=idle, bps=bps, cpu=cpu, pulse_cpu=pcpu)
    finally:
        if client:
            client.close()
        proxy.close() if hasattr(proxy, 'close') else None
        server.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sumac', required=True, help='the sumac command (bin/sumac)')
    ap.add_argument('--clicks', type=int, default=60)
    ap.add_argument('--skip-xspice', action='store_true')
    ap.add_argument('--display', type=int, default=251)
    args = ap.parse_args()
    servers = [('sumac', False), ('sumac', True)]
    if not args.skip_xspice:
        servers += [('xspice', False), ('xspice', True)]
    print('%-8s %-5s %12s %12s %8s %12s %12s %13s %10s %14s' % (
        'server', 'mode', 'latency p50', 'latency p90', 'clicks', 'B/s playing', 'B/s idle', 'CPU % (idle)', 'pulse CPU %',
        'record p50/p90'))
    for i, (kind, opus) in enumerate(servers):
        try:
            r = measure(kind, opus, args.display + i, args.sumac.split(), args.clicks)
        except Exception as e:  # one server failing must not hide the others' figures
            print('%-8s %-5s failed: %s' % (kind, 'opus' if opus else 'raw', e))
            continue
        lat = r['latency']
        p50 = '%.1f ms' % statistics.median(lat) if lat else 'n/a'
        p90 = '%.1f ms' % percentile(lat, 0.9) if lat else 'n/a'
        rec = r['record']
        rec_s = '%.0f/%.0f ms (%d)' % (statistics.median(rec), percentile(rec, 0.9), len(rec)) if rec else 'n/a'
        print('%-8s %-5s %12s %12s %8s %12.0f %12.0f %13s %10.1f %14s' % (
            kind, 'opus' if opus else 'raw', p50, p90, '%d/%d' % (r['got'], r['written']), r['bps'], r['idle'],
            '%.1f (%.1f)' % (r['cpu'], r['idle_cpu']), r['pulse_cpu'], rec_s), flush=True)


if __name__ == '__main__':
    main()
