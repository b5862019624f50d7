// libv4l2 and libv4lconvert for Swift. Swift cannot call C variadic functions nor import function-like
// macros, so v4l2_open/v4l2_ioctl and the VIDIOC_* / fourcc macros are wrapped in static inline functions.
#ifndef CV4L2_SHIM_H
#define CV4L2_SHIM_H

#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <linux/videodev2.h>
#include <libv4l2.h>
#include <libv4lconvert.h>
#include <libv4l-plugin.h>
#include <errno.h>
#include <string.h>

static inline int cv4l2_open(const char *path, int flags) { return v4l2_open(path, flags); }
static inline int cv4l2_ioctl(int fd, unsigned long request, void *arg) { return v4l2_ioctl(fd, request, arg); }

static inline unsigned long cv4l2_VIDIOC_QUERYCAP(void) { return VIDIOC_QUERYCAP; }
static inline unsigned long cv4l2_VIDIOC_ENUM_FMT(void) { return VIDIOC_ENUM_FMT; }
static inline unsigned long cv4l2_VIDIOC_ENUM_FRAMESIZES(void) { return VIDIOC_ENUM_FRAMESIZES; }
static inline unsigned long cv4l2_VIDIOC_ENUM_FRAMEINTERVALS(void) { return VIDIOC_ENUM_FRAMEINTERVALS; }
static inline unsigned long cv4l2_VIDIOC_G_FMT(void) { return VIDIOC_G_FMT; }
static inline unsigned long cv4l2_VIDIOC_S_FMT(void) { return VIDIOC_S_FMT; }
static inline unsigned long cv4l2_VIDIOC_G_PARM(void) { return VIDIOC_G_PARM; }
static inline unsigned long cv4l2_VIDIOC_S_PARM(void) { return VIDIOC_S_PARM; }
static inline unsigned long cv4l2_VIDIOC_REQBUFS(void) { return VIDIOC_REQBUFS; }
static inline unsigned long cv4l2_VIDIOC_QUERYBUF(void) { return VIDIOC_QUERYBUF; }
static inline unsigned long cv4l2_VIDIOC_QBUF(void) { return VIDIOC_QBUF; }
static inline unsigned long cv4l2_VIDIOC_DQBUF(void) { return VIDIOC_DQBUF; }
static inline unsigned long cv4l2_VIDIOC_STREAMON(void) { return VIDIOC_STREAMON; }
static inline unsigned long cv4l2_VIDIOC_STREAMOFF(void) { return VIDIOC_STREAMOFF; }

static inline uint32_t cv4l2_fourcc(char a, char b, char c, char d) { return v4l2_fourcc(a, b, c, d); }
static inline uint32_t cv4l2_PIX_FMT_MJPEG(void) { return V4L2_PIX_FMT_MJPEG; }
static inline uint32_t cv4l2_PIX_FMT_JPEG(void) { return V4L2_PIX_FMT_JPEG; }
static inline uint32_t cv4l2_PIX_FMT_YUYV(void) { return V4L2_PIX_FMT_YUYV; }
static inline uint32_t cv4l2_PIX_FMT_RGB24(void) { return V4L2_PIX_FMT_RGB24; }

// libv4lconvert asks the device about itself while it sets up. These operations route its requests
// through libv4l2, so a device served by a libv4l2 plugin answers them as a kernel driver would.
static void *cv4l2_routed_init(int fd) { (void)fd; return NULL; }
static void cv4l2_routed_close(void *priv) { (void)priv; }
static int cv4l2_routed_ioctl(void *priv, int fd, unsigned long request, void *arg) {
    (void)priv;
    return v4l2_ioctl(fd, request, arg);
}
static ssize_t cv4l2_routed_read(void *priv, int fd, void *buffer, size_t n) { (void)priv; return v4l2_read(fd, buffer, n); }
static ssize_t cv4l2_routed_write(void *priv, int fd, const void *buffer, size_t n) {
    (void)priv;
    return v4l2_write(fd, buffer, n);
}

/// A libv4lconvert instance for a descriptor opened with v4l2_fd_open.
static inline struct v4lconvert_data *cv4l2_convert_create(int fd) {
    static const struct libv4l_dev_ops routed = {
        .init = cv4l2_routed_init, .close = cv4l2_routed_close, .ioctl = cv4l2_routed_ioctl,
        .read = cv4l2_routed_read, .write = cv4l2_routed_write,
    };
    return v4lconvert_create_with_dev_ops(fd, NULL, &routed);
}

// For converting synthetic frames without any device: a capture device that answers only QUERYCAP.
static int cv4l2_detached_ioctl(void *priv, int fd, unsigned long request, void *arg) {
    (void)priv, (void)fd;
    if (request == VIDIOC_QUERYCAP) {
        struct v4l2_capability *capability = arg;
        memset(capability, 0, sizeof(*capability));
        capability->capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING;
        return 0;
    }
    errno = EINVAL;
    return -1;
}
static ssize_t cv4l2_detached_read(void *priv, int fd, void *buffer, size_t n) {
    (void)priv, (void)fd, (void)buffer, (void)n;
    errno = EINVAL;
    return -1;
}
static ssize_t cv4l2_detached_write(void *priv, int fd, const void *buffer, size_t n) {
    (void)priv, (void)fd, (void)buffer, (void)n;
    errno = EINVAL;
    return -1;
}

/// A libv4lconvert instance not tied to a device (benchmarks, tests).
static inline struct v4lconvert_data *cv4l2_convert_create_detached(void) {
    static const struct libv4l_dev_ops detached = {
        .init = cv4l2_routed_init, .close = cv4l2_routed_close, .ioctl = cv4l2_detached_ioctl,
        .read = cv4l2_detached_read, .write = cv4l2_detached_write,
    };
    return v4lconvert_create_with_dev_ops(-1, NULL, &detached);
}

/// The buffer's offset for mmap (a member of an anonymous union Swift reaches awkwardly).
static inline uint32_t cv4l2_buffer_offset(const struct v4l2_buffer *buffer) { return buffer->m.offset; }

#endif
