"""X-Resource 1.2 as Xorg has it: the clients' id ranges, the count of each client's resources per type (Xorg's
type names), its pixmap bytes, its ids with the process id from the Unix socket (panels find a window's process
this way), and the sizes of its resources. Prints what it saw, process ids replaced by whose they are; the test
compares Xvfb's output with Sumac's."""
import os
import struct
import subprocess
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from Xlib import display, X, error
from Xlib.ext import res
import xraw

d = display.Display()
r = d.res_query_version(1, 2)
print('version %d.%d' % (r.server_major, r.server_minor))
s = d.screen()
w = s.root.create_window(0, 0, 10, 10, 0, s.root_depth, X.InputOutput, X.CopyFromParent)
w2 = w.create_window(0, 0, 5, 5, 0, s.root_depth, X.InputOutput, X.CopyFromParent)
p = w.create_pixmap(10, 10, s.root_depth)
p1 = w.create_pixmap(17, 3, 1)
p8 = w.create_pixmap(5, 7, 8)
g = w.create_gc()
g2 = p1.create_gc()
f = d.open_font('fixed')
c = f.create_glyph_cursor(f, 68, 69, (0, 0, 0), (65535, 65535, 65535))
cm = w.create_colormap(s.root_visual, X.AllocNone)
d.sync()
base = w.id & ~0x1fffff

# A second connection, from another process, whose pid the server must tell apart from ours
child = subprocess.Popen([sys.executable, '-c', 'import sys\nfrom Xlib import display\n'
                          'd = display.Display()\nw = d.screen().root.create_window(0, 0, 1, 1, 0, 0)\nd.sync()\n'
                          'print(w.id, flush=True)\nsys.stdin.read()'],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
child_base = int(child.stdout.readline()) & ~0x1fffff
names = {base: 'me', child_base: 'child'}
pids = {os.getpid(): 'my pid', child.pid: "child's pid"}

cl = d.res_query_clients()
ranges = [(c.resource_base, c.resource_mask) for c in cl.clients]
print('server in the list: %s' % ((0, 0x1fffff) in ranges))
print('me and child in the list: %s' % all((b, 0x1fffff) in ranges for b in (base, child_base)))

rr = d.res_query_client_resources(base)
print('my resources: %s' % sorted((d.get_atom_name(t.resource_type), t.count) for t in rr.types))
rr = d.res_query_client_resources(child_base + 5)
print("child's resources: %s" % sorted((d.get_atom_name(t.resource_type), t.count) for t in rr.types))
pb = d.res_query_client_pixmap_bytes(base | 0x1234)
print('my pixmap bytes: %d %d' % (pb.bytes, pb.bytes_overflow))


def show(ids):
    out = []
    for v in ids.ids:
        who = names.get(v.spec.client, 'server' if v.spec.client == 0 else 'other')
        value = [pids.get(x, 'server pid' if who == 'server' else 'another pid') for x in v.value]
        if who != 'other':
            out.append((who, v.spec.mask, value))
    return out


print('ids of me: %s' % show(d.res_query_client_ids([{'client': w.id, 'mask': 3}])))
print('ids of child, mask 0: %s' % show(d.res_query_client_ids([{'client': child_base, 'mask': 0}])))
# in client order, which depends on the slots the servers reuse: sorted
print('pid of all: %s' % sorted(show(d.res_query_client_ids([{'client': 0, 'mask': 2}]))))
print('ids of a missing client: %s' % show(d.res_query_client_ids([{'client': 0x1f000000, 'mask': 3}])))
print('two specs: %s' % show(d.res_query_client_ids([{'client': base, 'mask': 1}, {'client': child_base, 'mask': 2}])))

sizes = d.res_query_resource_bytes(base, [{'resource': 0, 'type': 0}])
for v in sizes.sizes:
    z = v.size
    # a cross reference's ref count is the count of the server's users of the default stipple: not printed
    print('size %#x %s bytes=%d ref=%d use=%d refs=%s' % (z.resource - base, d.get_atom_name(z.type), z.bytes,
                                                          z.ref_count, z.use_count,
                                                          [(hex(x.resource), d.get_atom_name(x.type), x.bytes,
                                                            x.use_count) for x in v.cross_references]))
sizes = d.res_query_resource_bytes(0, [{'resource': p.id, 'type': 0}, {'resource': g.id, 'type': 0},
                                       {'resource': 0, 'type': d.intern_atom('PIXMAP')},
                                       {'resource': w.id, 'type': d.intern_atom('WINDOW')}])
print('by id: %s' % [(v.size.resource - base, d.get_atom_name(v.size.type), v.size.bytes) for v in sizes.sizes])
sizes = d.res_query_resource_bytes(child_base, [{'resource': p.id, 'type': 0}])
print("my pixmap asked about the child: %s" % len(sizes.sizes))

# Errors, raw
x = xraw.Conn()
RES = x.extension('X-Resource')[0]
bases = (x,)


def ask(label, minor, body=b''):
    m = x.reply(x.request(RES, minor, body))
    print('%s: %s' % (label, xraw.error_name(m, 0, [], bases) if m[0] == 0 else 'reply'))


ask('resources of client 0', 2, struct.pack('<I', 0))
ask('resources of an empty slot', 2, struct.pack('<I', 0x1f000000))
ask('pixmap bytes of an empty slot', 3, struct.pack('<I', 0x1f000000))
ask('pixmap bytes of the server', 3, struct.pack('<I', 0x10))
ask('resource bytes about an empty slot', 5, struct.pack('<II', 0x1f000000, 0))
ask('client ids with a short list', 4, struct.pack('<I', 2) + struct.pack('<II', 0, 1))
ask('client ids with a huge count', 4, struct.pack('<I', 0x20000000))
ask('resource bytes with a huge count', 5, struct.pack('<II', 0, 0x20000000))
ask('query version too long', 0, struct.pack('<BBxxI', 1, 2, 0))
ask('query clients too long', 1, struct.pack('<I', 0))
ask('minor 6', 6)

# SYNC's resources are counted under Xorg's names for them
SYNC = x.extension('SYNC')[0]
counter = x.new_id()
x.request(SYNC, 2, struct.pack('<Iii', counter, 0, 0))
x.request(SYNC, 14, struct.pack('<IIBxxx', x.root, x.new_id(), 0))
x.request(SYNC, 8, struct.pack('<III', x.new_id(), 1, counter))
x.sync()
rr = d.res_query_client_resources(x.id_base)
print('SYNC resources: %s' % sorted((d.get_atom_name(t.resource_type), t.count) for t in rr.types))
child.stdin.close()
child.wait()
