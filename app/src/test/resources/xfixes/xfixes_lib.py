# Raw XFIXES requests for python-xlib (its Xlib.ext.xfixes has no regions), and error capture by name.
from Xlib import display, X
from Xlib.protocol import rq, structs

CORE_ERRORS = {1: 'BadRequest', 2: 'BadValue', 3: 'BadWindow', 4: 'BadPixmap', 5: 'BadAtom', 6: 'BadCursor',
               7: 'BadFont', 8: 'BadMatch', 9: 'BadDrawable', 10: 'BadAccess', 11: 'BadAlloc', 12: 'BadColor',
               13: 'BadGC', 14: 'BadIDChoice', 15: 'BadName', 16: 'BadLength', 17: 'BadImplementation'}


def req(minor, *fields):
    class R(rq.Request):
        _request = rq.Struct(rq.Card8('opcode'), rq.Opcode(minor), rq.RequestLength(), *fields)
    return R


def reply_req(minor, fields, reply):
    class R(rq.ReplyRequest):
        _request = rq.Struct(rq.Card8('opcode'), rq.Opcode(minor), rq.RequestLength(), *fields)
        _reply = rq.Struct(rq.ReplyCode(), rq.Pad(1), rq.Card16('sequence_number'), rq.ReplyLength(), *reply)
    return R


QueryVersion = reply_req(0, [rq.Card32('major'), rq.Card32('minor')],
                         [rq.Card32('major'), rq.Card32('minor'), rq.Pad(16)])
ChangeSaveSet = req(1, rq.Card8('mode'), rq.Card8('target'), rq.Card8('map'), rq.Pad(1), rq.Window('window'))
SelectSelectionInput = req(2, rq.Window('window'), rq.Card32('selection'), rq.Card32('mask'))
SelectCursorInput = req(3, rq.Window('window'), rq.Card32('mask'))
GetCursorImage = reply_req(4, [], [rq.Int16('x'), rq.Int16('y'), rq.Card16('width'), rq.Card16('height'),
                                   rq.Card16('xhot'), rq.Card16('yhot'), rq.Card32('serial'), rq.Pad(8),
                                   rq.List('image', rq.Card32)])
CreateRegion = req(5, rq.Card32('region'), rq.List('rects', structs.Rectangle))
CreateRegionFromBitmap = req(6, rq.Card32('region'), rq.Card32('bitmap'))
CreateRegionFromWindow = req(7, rq.Card32('region'), rq.Window('window'), rq.Card8('kind'), rq.Pad(3))
CreateRegionFromGC = req(8, rq.Card32('region'), rq.Card32('gc'))
DestroyRegion = req(10, rq.Card32('region'))
SetRegion = req(11, rq.Card32('region'), rq.List('rects', structs.Rectangle))
CopyRegion = req(12, rq.Card32('source'), rq.Card32('destination'))
UnionRegion = req(13, rq.Card32('a'), rq.Card32('b'), rq.Card32('destination'))
IntersectRegion = req(14, rq.Card32('a'), rq.Card32('b'), rq.Card32('destination'))
SubtractRegion = req(15, rq.Card32('a'), rq.Card32('b'), rq.Card32('destination'))
InvertRegion = req(16, rq.Card32('source'), rq.Int16('x'), rq.Int16('y'), rq.Card16('width'),
                   rq.Card16('height'), rq.Card32('destination'))
TranslateRegion = req(17, rq.Card32('region'), rq.Int16('dx'), rq.Int16('dy'))
RegionExtents = req(18, rq.Card32('source'), rq.Card32('destination'))
FetchRegion = reply_req(19, [rq.Card32('region')],
                        [rq.Object('extents', structs.Rectangle), rq.Pad(16), rq.List('rects', structs.Rectangle)])
SetGCClipRegion = req(20, rq.Card32('gc'), rq.Card32('region'), rq.Int16('x'), rq.Int16('y'))
SetWindowShapeRegion = req(21, rq.Window('window'), rq.Card8('kind'), rq.Pad(3), rq.Int16('x'), rq.Int16('y'),
                           rq.Card32('region'))
SetCursorName = req(23, rq.Card32('cursor'), rq.LengthOf('name', 2), rq.Pad(2), rq.String8('name'))
GetCursorName = reply_req(24, [rq.Card32('cursor')],
                          [rq.Card32('atom'), rq.LengthOf('name', 2), rq.Pad(18), rq.String8('name')])
ChangeCursor = req(26, rq.Card32('source'), rq.Card32('destination'))
ChangeCursorByName = req(27, rq.Card32('source'), rq.LengthOf('name', 2), rq.Pad(2), rq.String8('name'))
ExpandRegion = req(28, rq.Card32('source'), rq.Card32('destination'), rq.Card16('left'), rq.Card16('right'),
                   rq.Card16('top'), rq.Card16('bottom'))
HideCursor = req(29, rq.Window('window'))
ShowCursor = req(30, rq.Window('window'))
CreatePointerBarrier = req(31, rq.Card32('barrier'), rq.Window('window'), rq.Int16('x1'), rq.Int16('y1'),
                           rq.Int16('x2'), rq.Int16('y2'), rq.Card32('directions'), rq.Pad(2),
                           rq.LengthOf('devices', 2), rq.List('devices', rq.Card16))
DeletePointerBarrier = req(32, rq.Card32('barrier'))


class XFixes:
    """One connection with XFIXES negotiated; call(R, ...) sends a request and returns its error's name or 'ok'."""

    def __init__(self, version=(5, 0)):
        self.d = display.Display()
        ext = self.d.query_extension('XFIXES')
        self.major, self.first_event, self.first_error = ext.major_opcode, ext.first_event, ext.first_error
        self.root = self.d.screen().root
        if version:
            r = self.reply(QueryVersion, major=version[0], minor=version[1])
            self.version = (r.major, r.minor)

    def error_name(self, e):
        if e.code == self.first_error:
            return 'BadRegion'
        if e.code == self.first_error + 1:
            return 'BadBarrier'
        return CORE_ERRORS.get(e.code, 'error %d' % e.code)

    def call(self, R, **kw):
        errors = []
        R(display=self.d.display, onerror=lambda e, r: errors.append(e), opcode=self.major, **kw)
        self.d.sync()
        if not errors:
            return 'ok'
        e = errors[0]
        return '%s(%s)' % (self.error_name(e), self.value(e))

    def call_name(self, R, **kw):
        """call() without the error's value (Xorg leaves some values stale)."""
        return self.call(R, **kw).split('(')[0]

    def value(self, e):
        # Xorg leaves these errors' value at whatever an earlier lookup set: not compared
        if e.code in (8, 11, 16, 17, 1):
            return ''
        v = e.resource_id
        v = v if isinstance(v, int) else v.id
        # a client's ids carry its index, which differs between servers (test harnesses connect their own clients)
        return 'client id %#x' % (v & 0x1fffff) if v >> 21 else hex(v)

    def reply(self, R, **kw):
        r = R(display=self.d.display, opcode=self.major, **kw)
        r.reply()
        return r

    def try_reply(self, R, **kw):
        try:
            return self.reply(R, **kw)
        except Exception as e:
            return '%s(%s)' % (self.error_name(e), self.value(e))

    def new_id(self):
        i = self.d.display.allocate_resource_id()
        return i

    def region(self, rects):
        rid = self.new_id()
        self.call(CreateRegion, region=rid, rects=[dict(x=x, y=y, width=w, height=h) for x, y, w, h in rects])
        return rid

    def fetch(self, rid):
        r = self.try_reply(FetchRegion, region=rid)
        if isinstance(r, str):
            return r
        e = r.extents
        rects = ' '.join('%d,%d+%dx%d' % (q.x, q.y, q.width, q.height) for q in r.rects)
        return 'extents %d,%d+%dx%d [%s]' % (e.x, e.y, e.width, e.height, rects)
