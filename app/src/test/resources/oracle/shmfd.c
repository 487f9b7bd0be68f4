/*
 * MIT-SHM 1.2 through xcb: segments passed as file descriptors (AttachFd of the client's memory files, CreateSegment's
 * descriptor from the server), images put from and got into them, and the errors of descriptors that are not shared
 * memory, too small, read-only or detached. Prints what it sees (errors, events, checksums of what GetImage gave and
 * of what the server wrote into the segments); the output is compared with Xvfb's.
 *   shmfd            the scene
 *   shmfd behind     CreateSegment's descriptor behind a large reply not read yet (see behind_large_reply)
 *   shmfd leave N    attaches N descriptors, makes N segments and sends N stray descriptors, then exits at once
 *                    without detaching anything (the server must close and unmap them all)
 *   shmfd pixmaps    shared pixmaps in descriptor segments: a sealable memfd, a plain one, CreateSegment's; what the
 *                    server draws is in the memory, what the client writes is what GetImage gives, and whether the
 *                    client can still cut the file short under the pixmap
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <xcb/xcb.h>
#include <xcb/xcbext.h>
#include <xcb/shm.h>

#define W 64
#define H 48

static xcb_connection_t *c;
static xcb_screen_t *screen;
static int completion;

static unsigned long sum(const unsigned char *p, size_t n) {
    unsigned long h = 5381;
    for (size_t i = 0; i < n; i++) h = h * 33 + p[i];
    return h;
}

static void check(const char *what, xcb_void_cookie_t cookie) {
    xcb_generic_error_t *e = xcb_request_check(c, cookie);
    if (e) {
        printf("%s: error %d (major %d minor %d)\n", what, e->error_code, e->major_code, e->minor_code);
        free(e);
    } else {
        printf("%s: ok\n", what);
    }
}

/* Waits for the server to have done everything sent, then prints the events that came. */
static void events(const char *what) {
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL));
    printf("%s:", what);
    xcb_generic_event_t *e;
    while ((e = xcb_poll_for_event(c))) {
        int type = e->response_type & 0x7f;
        if (type == completion) {
            xcb_shm_completion_event_t *ce = (xcb_shm_completion_event_t *) e;
            printf(" completion(minor %d offset %u)", ce->minor_event, ce->offset);
        } else if (type == 0) {
            xcb_generic_error_t *err = (xcb_generic_error_t *) e;
            printf(" error %d (minor %d)", err->error_code, err->minor_code);
        } else {
            printf(" event %d", type);
        }
        free(e);
    }
    printf("\n");
}

/* A memory file of size bytes mapped here, filled with a pattern that depends on seed. */
static int memory_file(size_t size, int seed, unsigned char **map) {
    int fd = memfd_create("shmfd-test", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, size) != 0) { perror("memfd"); exit(2); }
    *map = NULL;
    if (size > 0) {
        *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        for (size_t i = 0; i < size; i++) (*map)[i] = (unsigned char) (i * 7 + seed * 31 + (i >> 8) * 13);
    }
    return fd;
}

static void core_image(const char *what, xcb_drawable_t d) {
    xcb_get_image_reply_t *r = xcb_get_image_reply(c, xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, d, 0, 0, W, H, ~0u), NULL);
    if (!r) { printf("%s: GetImage failed\n", what); return; }
    printf("%s: depth %d, %d bytes, sum %lu\n", what, r->depth, xcb_get_image_data_length(r),
           sum(xcb_get_image_data(r), xcb_get_image_data_length(r)));
    free(r);
}

/* CreateSegment, its descriptor closed at once: says whether it came */
static void create(const char *what, xcb_shm_seg_t seg, uint32_t size, uint8_t read_only) {
    xcb_generic_error_t *e = NULL;
    xcb_shm_create_segment_reply_t *r = xcb_shm_create_segment_reply(c, xcb_shm_create_segment(c, seg, size, read_only),
                                                                     &e);
    if (e) {
        printf("%s: error %d (major %d minor %d)\n", what, e->error_code, e->major_code, e->minor_code);
        free(e);
        return;
    }
    int fd = r ? xcb_shm_create_segment_reply_fds(c, r)[0] : -1;
    printf("%s: %s\n", what, fd >= 0 ? "a descriptor" : "no descriptor");
    if (fd >= 0) close(fd);
    free(r);
}

static void shm_get(const char *what, xcb_drawable_t d, xcb_shm_seg_t seg, int x, int y, int w, int h, uint32_t mask,
                    uint8_t format, uint32_t offset, const unsigned char *map, size_t size) {
    xcb_generic_error_t *e = NULL;
    if (map) memset((unsigned char *) map, 0, size);
    xcb_shm_get_image_reply_t *r = xcb_shm_get_image_reply(c, xcb_shm_get_image(c, d, x, y, w, h, mask, format, seg,
                                                                                offset), &e);
    if (e) {
        printf("%s: error %d (minor %d)\n", what, e->error_code, e->minor_code);
        free(e);
        return;
    }
    printf("%s: depth %d, size %u, segment sum %lu\n", what, r->depth, r->size, map ? sum(map, size) : 0);
    free(r);
}

static void scene(void) {
    xcb_pixmap_t pix = xcb_generate_id(c);
    xcb_create_pixmap(c, screen->root_depth, pix, screen->root, W, H);
    xcb_gcontext_t gc = xcb_generate_id(c);
    uint32_t black = 0x202020;
    xcb_create_gc(c, gc, pix, XCB_GC_FOREGROUND, &black);
    xcb_rectangle_t all = {0, 0, W, H};
    xcb_poly_fill_rectangle(c, pix, gc, 1, &all);
    size_t size = W * H * 4;

    /* AttachFd: the client's memory file, put whole and in part, got back whole, by plane mask and as planes */
    unsigned char *a;
    int fd = memory_file(size, 1, &a);
    xcb_shm_seg_t seg = xcb_generate_id(c);
    check("attach fd", xcb_shm_attach_fd_checked(c, seg, fd, 0)); /* xcb closes fd once sent */
    check("put whole", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24, XCB_IMAGE_FORMAT_Z_PIXMAP, 1,
                                                 seg, 0));
    events("events after put");
    core_image("after put whole", pix);
    check("put part", xcb_shm_put_image_checked(c, pix, gc, W, H, 5, 7, 20, 11, 30, 2, 24, XCB_IMAGE_FORMAT_Z_PIXMAP, 0,
                                                seg, 0));
    check("put bitmap", xcb_shm_put_image_checked(c, pix, gc, W, H, 3, 1, 40, 20, 1, 25, 1, XCB_IMAGE_FORMAT_XY_BITMAP,
                                                  0, seg, 64));
    core_image("after put part and bitmap", pix);
    shm_get("get whole", pix, seg, 0, 0, W, H, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, a, size);
    shm_get("get green", pix, seg, 3, 4, 30, 20, 0x00ff00, XCB_IMAGE_FORMAT_Z_PIXMAP, 16, a, size);
    shm_get("get planes", pix, seg, 1, 2, 33, 10, 0xf0f0f0, XCB_IMAGE_FORMAT_XY_PIXMAP, 0, a, size);
    shm_get("get window", screen->root, seg, 0, 0, 16, 16, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, a, size);

    /* CreateSegment: the server's memory file, usable here through the descriptor in its reply */
    xcb_shm_seg_t made = xcb_generate_id(c);
    xcb_generic_error_t *e = NULL;
    xcb_shm_create_segment_reply_t *r = xcb_shm_create_segment_reply(c, xcb_shm_create_segment(c, made, size, 0), &e);
    if (!r) {
        printf("create segment: error %d\n", e ? e->error_code : -1);
    } else {
        int *fds = xcb_shm_create_segment_reply_fds(c, r);
        printf("create segment: nfd %d\n", r->nfd);
        unsigned char *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fds[0], 0);
        printf("its descriptor maps: %s\n", m == MAP_FAILED ? "no" : "yes");
        if (m != MAP_FAILED) {
            for (size_t i = 0; i < size; i++) m[i] = (unsigned char) (i * 3 + (i >> 6));
            check("put from created", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24,
                                                                 XCB_IMAGE_FORMAT_Z_PIXMAP, 0, made, 0));
            core_image("after put from created", pix);
            shm_get("get into created", pix, made, 2, 3, 40, 30, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 8, m, size);
            munmap(m, size);
        }
        close(fds[0]);
        free(r);
    }
    check("detach created", xcb_shm_detach_checked(c, made));

    create("create read-only", xcb_generate_id(c), 4096, 1);
    events("after create read-only");

    /* descriptors that are not shared memory, or not of the right size or rights */
    int p[2];
    if (pipe(p) != 0) exit(2);
    close(p[0]);
    check("attach a pipe", xcb_shm_attach_fd_checked(c, xcb_generate_id(c), p[1], 0));
    unsigned char *none;
    check("attach an empty file", xcb_shm_attach_fd_checked(c, xcb_generate_id(c), memory_file(0, 0, &none), 0));
    check("attach a directory", xcb_shm_attach_fd_checked(c, xcb_generate_id(c), open("/", O_RDONLY | O_DIRECTORY), 0));
    char path[64];
    unsigned char *b;
    int bfd = memory_file(4096, 2, &b);
    snprintf(path, sizeof path, "/proc/self/fd/%d", bfd);
    check("attach read-only file writable", xcb_shm_attach_fd_checked(c, xcb_generate_id(c), open(path, O_RDONLY), 0));
    xcb_shm_seg_t ro = xcb_generate_id(c);
    check("attach read-only file read-only", xcb_shm_attach_fd_checked(c, ro, open(path, O_RDONLY), 1));
    shm_get("get into read-only", pix, ro, 0, 0, 8, 8, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, NULL, 0);
    check("put from read-only", xcb_shm_put_image_checked(c, pix, gc, 16, 16, 0, 0, 16, 16, 0, 0, 24,
                                                          XCB_IMAGE_FORMAT_Z_PIXMAP, 0, ro, 0));
    check("attach read-only 2", xcb_shm_attach_fd_checked(c, xcb_generate_id(c), dup(bfd), 2));
    check("attach a used id", xcb_shm_attach_fd_checked(c, seg, dup(bfd), 0));
    create("create a used id", seg, 4096, 0);
    create("create read-only 2", xcb_generate_id(c), 4096, 2);
    create("create empty", xcb_generate_id(c), 0, 0);

    /* too small for the image */
    unsigned char *s;
    xcb_shm_seg_t small = xcb_generate_id(c);
    check("attach small", xcb_shm_attach_fd_checked(c, small, memory_file(100, 3, &s), 0));
    check("put past the end", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24,
                                                        XCB_IMAGE_FORMAT_Z_PIXMAP, 0, small, 0));
    check("put at an offset past the end", xcb_shm_put_image_checked(c, pix, gc, 1, 1, 0, 0, 1, 1, 0, 0, 24,
                                                                      XCB_IMAGE_FORMAT_Z_PIXMAP, 0, small, 200));
    shm_get("get past the end", pix, small, 0, 0, W, H, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, NULL, 0);
    shm_get("get that fits", pix, small, 0, 0, 5, 5, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, s, 100);

    /* detached while the client still uses it */
    check("detach", xcb_shm_detach_checked(c, seg));
    check("put after detach", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24,
                                                        XCB_IMAGE_FORMAT_Z_PIXMAP, 0, seg, 0));
    shm_get("get after detach", pix, seg, 0, 0, W, H, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, NULL, 0);
    check("detach again", xcb_shm_detach_checked(c, seg));

    /* cut short by the client after it was attached: the server must not fault on the missing pages */
    unsigned char *t;
    int tfd = memory_file(size, 4, &t);
    xcb_shm_seg_t cut = xcb_generate_id(c);
    check("attach to be cut", xcb_shm_attach_fd_checked(c, cut, dup(tfd), 0));
    munmap(t, size);
    if (ftruncate(tfd, 0) != 0) exit(2);
    check("put from cut", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24, XCB_IMAGE_FORMAT_Z_PIXMAP, 0,
                                                    cut, 0));
    check("put from cut again", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24,
                                                          XCB_IMAGE_FORMAT_Z_PIXMAP, 0, cut, 0));
    xcb_shm_seg_t cut2 = xcb_generate_id(c);
    check("attach to be cut 2", xcb_shm_attach_fd_checked(c, cut2, dup(tfd), 0));
    if (ftruncate(tfd, size) != 0) exit(2);
    check("attach to be cut 2", xcb_shm_attach_fd_checked(c, cut2, dup(tfd), 0));
    if (ftruncate(tfd, 0) != 0) exit(2);
    shm_get("get into cut", pix, cut2, 0, 0, W, H, ~0u, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, NULL, 0);
    close(tfd);
    core_image("final", pix);
}

/*
 * CreateSegment behind large replies the client has not read yet: the server queues both and must pass the descriptor
 * with the reply's bytes when it gets to them. (Xvfb loses the descriptor here and the client waits for ever, so this
 * is checked on Sumac alone.)
 */
static void behind_large_reply(void) {
    size_t size = W * H * 4;
    xcb_pixmap_t pix = xcb_generate_id(c);
    xcb_create_pixmap(c, screen->root_depth, pix, screen->root, W, H);
    xcb_gcontext_t gc = xcb_generate_id(c);
    xcb_create_gc(c, gc, pix, 0, NULL);
    xcb_shm_create_segment_reply_t *r;
    xcb_get_image_cookie_t big[16]; /* more than any socket buffer holds */
    for (int i = 0; i < 16; i++) {
        big[i] = xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, screen->root, 0, 0, screen->width_in_pixels,
                               screen->height_in_pixels, ~0u);
    }
    xcb_shm_seg_t behind = xcb_generate_id(c);
    xcb_shm_create_segment_cookie_t behind_cookie = xcb_shm_create_segment(c, behind, size, 0);
    xcb_flush(c);
    usleep(1500000); /* the server has answered everything by then, most of it still queued */
    long total = 0;
    for (int i = 0; i < 16; i++) {
        xcb_get_image_reply_t *bigr = xcb_get_image_reply(c, big[i], NULL);
        total += bigr ? xcb_get_image_data_length(bigr) : 0;
        free(bigr);
    }
    printf("large replies: %ld bytes\n", total);
    r = xcb_shm_create_segment_reply(c, behind_cookie, NULL);
    if (r) {
        int fd2 = xcb_shm_create_segment_reply_fds(c, r)[0];
        unsigned char *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd2, 0);
        printf("descriptor behind it maps: %s\n", m == MAP_FAILED ? "no" : "yes");
        if (m != MAP_FAILED) {
            for (size_t i = 0; i < size; i++) m[i] = (unsigned char) (i * 5 + (i >> 7));
            check("put from the one behind", xcb_shm_put_image_checked(c, pix, gc, W, H, 0, 0, W, H, 0, 0, 24,
                                                                        XCB_IMAGE_FORMAT_Z_PIXMAP, 0, behind, 0));
            core_image("after put from the one behind", pix);
            munmap(m, size);
        }
        close(fd2);
        free(r);
    } else {
        printf("create segment behind a large reply failed\n");
    }
}

/* Leaves without a word, holding n attached descriptors, n made segments and n stray descriptors. */
static void leave(int n) {
    for (int i = 0; i < n; i++) {
        unsigned char *m;
        xcb_shm_attach_fd(c, xcb_generate_id(c), memory_file(4096, i, &m), i & 1);
        xcb_shm_create_segment_reply_t *r = xcb_shm_create_segment_reply(c,
            xcb_shm_create_segment(c, xcb_generate_id(c), 8192, 0), NULL);
        if (r) {
            close(xcb_shm_create_segment_reply_fds(c, r)[0]);
            free(r);
        }
        int p[2];
        if (pipe(p) == 0) {
            close(p[0]);
            xcb_send_fd(c, p[1]); /* goes with the next request, which takes none */
            xcb_no_operation(c);
        }
    }
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL));
    printf("left %d\n", n);
    fflush(stdout);
    _exit(0);
}

/* A shared pixmap W x H at the root's depth in seg: the server fills a rectangle, the client writes a row, and both
 * are checked against the memory; then the client tries to cut the file under it short. */
static void pixmap_in(const char *what, xcb_shm_seg_t seg, int fd, unsigned char *map) {
    xcb_pixmap_t pix = xcb_generate_id(c);
    xcb_generic_error_t *e = xcb_request_check(c, xcb_shm_create_pixmap_checked(c, pix, screen->root, W, H,
                                                                               screen->root_depth, seg, 0));
    if (e) {
        printf("%s: pixmap error %d (minor %d)\n", what, e->error_code, e->minor_code);
        free(e);
        return;
    }
    xcb_gcontext_t gc = xcb_generate_id(c);
    uint32_t fg = 0x00a0b0c0;
    xcb_create_gc(c, gc, pix, XCB_GC_FOREGROUND, &fg);
    xcb_rectangle_t r = {4, 4, 10, 6};
    xcb_poly_fill_rectangle(c, pix, gc, 1, &r);
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL));
    uint32_t *px = (uint32_t *) map;
    printf("%s: pixmap made, drawn into the memory %s\n", what,
           (px[5 * W + 5] & 0xffffff) == 0xa0b0c0 && (px[0] & 0xffffff) != 0xa0b0c0 ? "yes" : "no");
    for (int x = 0; x < W; x++) px[20 * W + x] = 0x00123456;
    xcb_get_image_reply_t *g = xcb_get_image_reply(c, xcb_get_image(c, XCB_IMAGE_FORMAT_Z_PIXMAP, pix, 0, 0, W, H, ~0u),
                                                   NULL);
    printf("%s: GetImage gives the memory %s\n", what,
           g && memcmp(xcb_get_image_data(g), map, W * H * 4) == 0 ? "yes" : "no");
    free(g);
    printf("%s: cut short %s\n", what, ftruncate(fd, 0) == 0 ? "done" : "refused");
    xcb_poly_fill_rectangle(c, pix, gc, 1, &r);
    xcb_free_gc(c, gc);
    xcb_free_pixmap(c, pix);
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL));
}

static void pixmaps(void) {
    xcb_shm_query_version_reply_t *v = xcb_shm_query_version_reply(c, xcb_shm_query_version(c), NULL);
    printf("shared pixmaps %d format %d\n", v->shared_pixmaps, v->pixmap_format);
    free(v);
    size_t size = W * H * 4;
    int fd = memfd_create("shmfd-sealable", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0 || ftruncate(fd, size) != 0) { perror("memfd"); exit(2); }
    unsigned char *map = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    memset(map, 0, size);
    xcb_shm_seg_t seg = xcb_generate_id(c);
    check("attach a sealable memory file", xcb_shm_attach_fd_checked(c, seg, dup(fd), 0));
    pixmap_in("sealable", seg, fd, map);
    xcb_shm_detach(c, seg);
    unsigned char *plain;
    int pfd = memory_file(size, 3, &plain);
    xcb_shm_seg_t pseg = xcb_generate_id(c);
    check("attach a plain memory file", xcb_shm_attach_fd_checked(c, pseg, dup(pfd), 0));
    pixmap_in("plain", pseg, pfd, plain);
    xcb_gcontext_t gc = xcb_generate_id(c);
    xcb_create_gc(c, gc, screen->root, 0, NULL);
    check("put from the plain one", xcb_shm_put_image_checked(c, screen->root, gc, W, H, 0, 0, W, H, 0, 0,
                                                              screen->root_depth, XCB_IMAGE_FORMAT_Z_PIXMAP, 0, pseg, 0));
    xcb_shm_detach(c, pseg);
    xcb_shm_seg_t cseg = xcb_generate_id(c);
    xcb_shm_create_segment_reply_t *r = xcb_shm_create_segment_reply(c, xcb_shm_create_segment(c, cseg, size, 0), NULL);
    int cfd = r ? xcb_shm_create_segment_reply_fds(c, r)[0] : -1;
    free(r);
    if (cfd < 0) { printf("no created segment\n"); return; }
    unsigned char *cmap = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, cfd, 0);
    pixmap_in("created", cseg, cfd, cmap);
    xcb_shm_detach(c, cseg);
    free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL));
    printf("done\n");
}

int main(int argc, char **argv) {
    setvbuf(stdout, NULL, _IOLBF, 0);
    c = xcb_connect(NULL, NULL);
    if (xcb_connection_has_error(c)) { printf("cannot connect\n"); return 1; }
    screen = xcb_setup_roots_iterator(xcb_get_setup(c)).data;
    xcb_shm_query_version_reply_t *v = xcb_shm_query_version_reply(c, xcb_shm_query_version(c), NULL);
    if (!v) { printf("no MIT-SHM\n"); return 1; }
    printf("MIT-SHM %d.%d\n", v->major_version, v->minor_version);
    free(v);
    completion = xcb_get_extension_data(c, &xcb_shm_id)->first_event + XCB_SHM_COMPLETION;
    if (argc == 3 && strcmp(argv[1], "leave") == 0) leave(atoi(argv[2]));
    if (argc == 2 && strcmp(argv[1], "pixmaps") == 0) {
        pixmaps();
        return 0;
    }
    if (argc == 2 && strcmp(argv[1], "behind") == 0) {
        behind_large_reply();
        return 0;
    }
    scene();
    xcb_disconnect(c);
    return 0;
}
