#!/usr/bin/python3
"""Where a fresh Sumac's CPU goes during its first xterm workloads (issue 18): the JIT's share beside the rest.

Usage: jit_share.py [--display N] [--port P] [--runs K] [-- JVM_OPTION...]
Starts `bin/sumac :N --port P --disable-ticketing` (with its warm-up and AOT cache, JVM_OPTIONs added through
SUMAC_JAVA_OPTS), attaches a spice-gtk client (spice_client.py), then runs `xterm -geometry 100x40 -e seq 1 20000`
K times (default 3), 1 s apart, and prints for each run one line:
  W1 run I: wall S s; Sumac CPU MS ms, JIT+GC MS, the rest MS; by thread: NAME MS, ...
The CPU is the process's user and system time (/proc/PID/stat) from the run's start until 0.3 s after xterm exits;
"JIT+GC" sums the compiler, GC and VM threads (/proc/PID/task), "the rest" is everything else: the X server, the
display worker, Netty (threads that end with their X client are counted here too). A figure for reasoning, not
a benchmark: bin/bench-desktop --cold gives the figures the issue is judged by.
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.dirname(os.path.dirname(HERE))


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--display', type=int, default=94)
    p.add_argument('--port', type=int, default=5994)
    p.add_argument('--runs', type=int, default=3)
    p.add_argument('jvm_options', nargs='*')
    args = p.parse_args()
    env = dict(os.environ, SUMAC_JAVA_OPTS=' '.join(args.jvm_options))
    display = ':%d' % args.display
    log = open('/tmp/jit_share-sumac-%d.log' % args.display, 'w')
    sumac = subprocess.Popen([os.path.join(TOP, 'bin/sumac'), display, '-ac', '--port', str(args.port),
                              '--disable-ticketing'], env=env, stdout=log, stderr=subprocess.STDOUT)
    client = None
    try:
        pid = jvm_pid(display)
        for _ in range(1200):
            if subprocess.run(['xdpyinfo', '-display', display], capture_output=True).returncode == 0:
                break
            time.sleep(0.05)
        client = subprocess.Popen(['/usr/bin/python3', os.path.join(HERE, 'spice_client.py'), '127.0.0.1',
                                   str(args.port)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        if client.stdout.readline().strip() != 'READY':
            sys.exit('jit_share: the spice-gtk client did not connect')
        time.sleep(1.5)
        for run in range(args.runs):
            before, cpu_before, start = threads(pid), process_cpu(pid), time.monotonic()
            subprocess.run(['xterm', '-geometry', '100x40', '-e', 'seq', '1', '20000'],
                           env=dict(os.environ, DISPLAY=display))
            wall = time.monotonic() - start
            time.sleep(0.3)
            after, cpu = threads(pid), process_cpu(pid) - cpu_before
            by_group = collections.Counter()
            for tid, (name, ms) in after.items():
                by_group[re.sub(r'\d+$', '#', name)] += ms - before.get(tid, (name, 0))[1]
            jit_gc = sum(ms for name, ms in by_group.items() if re.search(r'Compiler|G1|GC|VM', name))
            print('W1 run %d: wall %.3f s; Sumac CPU %d ms, JIT+GC %d, the rest %d; by thread: %s' % (
                run + 1, wall, cpu, jit_gc, cpu - jit_gc,
                ', '.join('%s %d' % kv for kv in by_group.most_common() if kv[1] > 0)), flush=True)
            time.sleep(1)
    finally:
        if client:
            client.kill()
        sumac.terminate()
        sumac.wait()


def jvm_pid(display):
    """bin/sumac execs java, so its pid is the JVM's once the exec happened."""
    for _ in range(200):
        out = subprocess.run(['pgrep', '-f', 'org.sumac.app.Sumac %s' % display], capture_output=True,
                             text=True).stdout.split()
        if out:
            return int(out[0])
        time.sleep(0.05)
    sys.exit('jit_share: Sumac did not start')


def stat_fields(path):
    """proc(5)'s stat fields after "(comm) ": state is [0], utime [11], stime [12]."""
    text = open(path).read()
    return text[text.rindex(')') + 2:].split()


def process_cpu(pid):
    f = stat_fields('/proc/%d/stat' % pid)
    return (int(f[11]) + int(f[12])) * 1000 // os.sysconf('SC_CLK_TCK')


def threads(pid):
    """Thread id -> (name, CPU ms so far)."""
    result = {}
    for tid in os.listdir('/proc/%d/task' % pid):
        try:
            name = open('/proc/%d/task/%s/comm' % (pid, tid)).read().strip()
            f = stat_fields('/proc/%d/task/%s/stat' % (pid, tid))
            result[tid] = (name, (int(f[11]) + int(f[12])) * 1000 // os.sysconf('SC_CLK_TCK'))
        except OSError:
            pass  # the thread ended meanwhile
    return result


if __name__ == '__main__':
    main()
