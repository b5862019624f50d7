#include "FakeV4L2Plugin.h"

#include <errno.h>
#include <libv4l-plugin.h>
#include <linux/videodev2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

struct fakecam_entry {
    uint32_t fourcc, width, height, payload_offset, payload_size;
};

struct fakecam {
    int fd;
    uint32_t entry_count;
    struct fakecam_entry entries[FAKECAM_MAX_ENTRIES];
    uint32_t current;
    uint32_t interval_denominator;
    uint32_t slots_offset;
    uint32_t buffer_count;
    uint32_t stride;
    int queued[FAKECAM_MAX_BUFFERS];
    uint32_t queue_order[FAKECAM_MAX_BUFFERS];
    uint32_t queue_length;
    int streaming;
    uint32_t sequence;
};

static uint32_t read_u32(const uint8_t *bytes) {
    return (uint32_t)bytes[0] | (uint32_t)bytes[1] << 8 | (uint32_t)bytes[2] << 16 | (uint32_t)bytes[3] << 24;
}

static int header_field(int fd, off_t offset, uint32_t *value) {
    uint8_t bytes[4];
    if (pread(fd, bytes, 4, offset) != 4) return -1;
    *value = read_u32(bytes);
    return 0;
}

static void set_header_field(int fd, off_t offset, uint32_t value) {
    uint8_t bytes[4] = {value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >> 24) & 0xff};
    if (pwrite(fd, bytes, 4, offset) != 4) perror("fakecam: header update");
}

static int claims(int fd) {
    char link[64], path[4096];
    snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
    ssize_t length = readlink(link, path, sizeof(path) - 1);
    if (length < 0) return 0;
    path[length] = 0;
    const char *suffix = ".fakecam";
    size_t suffix_length = strlen(suffix);
    return (size_t)length > suffix_length && strcmp(path + length - suffix_length, suffix) == 0;
}

static void *fakecam_init(int fd) {
    if (!claims(fd)) return NULL;
    uint8_t header[FAKECAM_HEADER_ENTRIES + FAKECAM_MAX_ENTRIES * FAKECAM_ENTRY_SIZE];
    ssize_t got = pread(fd, header, sizeof(header), 0);
    if (got < FAKECAM_HEADER_ENTRIES || memcmp(header, FAKECAM_MAGIC, 8) != 0) return NULL;
    uint32_t count = read_u32(header + 8);
    if (count == 0 || count > FAKECAM_MAX_ENTRIES ||
        (size_t)got < FAKECAM_HEADER_ENTRIES + count * FAKECAM_ENTRY_SIZE) return NULL;
    struct fakecam *camera = calloc(1, sizeof(*camera));
    if (camera == NULL) return NULL;
    camera->fd = fd;
    camera->entry_count = count;
    camera->slots_offset = read_u32(header + 32);
    camera->interval_denominator = 30;
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *entry = header + FAKECAM_HEADER_ENTRIES + i * FAKECAM_ENTRY_SIZE;
        camera->entries[i] = (struct fakecam_entry){read_u32(entry), read_u32(entry + 4), read_u32(entry + 8),
                                                    read_u32(entry + 12), read_u32(entry + 16)};
    }
    return camera;
}

static void fakecam_close(void *priv) { free(priv); }

static int fail(int error) {
    errno = error;
    return -1;
}

/// The fourcc of the index-th distinct format, in file order; 0 when there is none.
static uint32_t nth_format(const struct fakecam *camera, uint32_t index) {
    uint32_t seen = 0;
    for (uint32_t i = 0; i < camera->entry_count; i++) {
        int earlier = 0;
        for (uint32_t j = 0; j < i; j++) earlier |= camera->entries[j].fourcc == camera->entries[i].fourcc;
        if (earlier) continue;
        if (seen++ == index) return camera->entries[i].fourcc;
    }
    return 0;
}

static uint32_t frame_size(const struct fakecam_entry *entry) {
    if (entry->fourcc == V4L2_PIX_FMT_YUYV) return entry->width * entry->height * 2;
    return entry->width * entry->height * 3;
}

static void fill_pix(const struct fakecam_entry *entry, struct v4l2_pix_format *pix) {
    memset(pix, 0, sizeof(*pix));
    pix->width = entry->width;
    pix->height = entry->height;
    pix->pixelformat = entry->fourcc;
    pix->field = V4L2_FIELD_NONE;
    pix->bytesperline = entry->fourcc == V4L2_PIX_FMT_YUYV ? entry->width * 2 : 0;
    pix->sizeimage = frame_size(entry);
    pix->colorspace = V4L2_COLORSPACE_SRGB;
}

/// The entry with this format closest in size to the request (like a driver adjusting S_FMT).
static int closest_entry(const struct fakecam *camera, const struct v4l2_pix_format *pix) {
    int best = -1;
    long best_distance = 0;
    for (uint32_t i = 0; i < camera->entry_count; i++) {
        const struct fakecam_entry *entry = &camera->entries[i];
        if (entry->fourcc != pix->pixelformat) continue;
        long distance = labs((long)entry->width - (long)pix->width) + labs((long)entry->height - (long)pix->height);
        if (best < 0 || distance < best_distance) {
            best = (int)i;
            best_distance = distance;
        }
    }
    return best < 0 ? (int)camera->current : best;
}

static int dequeue(struct fakecam *camera, struct v4l2_buffer *buffer) {
    uint32_t vanish_after = 0, served = 0, vanished = 0;
    if (!camera->streaming) return fail(EINVAL);
    if (header_field(camera->fd, 12, &vanish_after) || header_field(camera->fd, 20, &served) ||
        header_field(camera->fd, 24, &vanished)) return fail(EIO);
    if (vanish_after > 0 && !vanished && served >= vanish_after) {
        set_header_field(camera->fd, 24, 1);
        return fail(ENODEV);
    }
    if (camera->queue_length == 0) return fail(EAGAIN);
    uint32_t index = camera->queue_order[0];
    memmove(camera->queue_order, camera->queue_order + 1, --camera->queue_length * sizeof(uint32_t));
    camera->queued[index] = 0;

    const struct fakecam_entry *entry = &camera->entries[camera->current];
    uint8_t *payload = malloc(entry->payload_size);
    if (payload == NULL) return fail(ENOMEM);
    off_t slot = (off_t)camera->slots_offset + (off_t)index * camera->stride;
    int copied = pread(camera->fd, payload, entry->payload_size, entry->payload_offset) == (ssize_t)entry->payload_size &&
                 pwrite(camera->fd, payload, entry->payload_size, slot) == (ssize_t)entry->payload_size;
    free(payload);
    if (!copied) return fail(EIO);

    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    memset(buffer, 0, sizeof(*buffer));
    buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    buffer->memory = V4L2_MEMORY_MMAP;
    buffer->index = index;
    buffer->bytesused = entry->payload_size;
    buffer->length = frame_size(entry);
    buffer->m.offset = (uint32_t)slot;
    buffer->field = V4L2_FIELD_NONE;
    buffer->flags = V4L2_BUF_FLAG_MAPPED | V4L2_BUF_FLAG_DONE | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
    buffer->sequence = camera->sequence++;
    buffer->timestamp.tv_sec = now.tv_sec;
    buffer->timestamp.tv_usec = now.tv_nsec / 1000;
    set_header_field(camera->fd, 20, served + 1);
    return 0;
}

static int fakecam_ioctl(void *priv, int fd, unsigned long int request, void *arg) {
    struct fakecam *camera = priv;
    (void)fd;
    switch (request) {
    case VIDIOC_QUERYCAP: {
        uint32_t vanished = 0, missing = 0, refused = 0;
        header_field(camera->fd, 24, &vanished);
        header_field(camera->fd, 16, &missing);
        header_field(camera->fd, 28, &refused);
        if (vanished && refused < missing) {
            set_header_field(camera->fd, 28, refused + 1);
            return fail(ENODEV);
        }
        struct v4l2_capability *cap = arg;
        memset(cap, 0, sizeof(*cap));
        snprintf((char *)cap->driver, sizeof(cap->driver), "fakecam");
        snprintf((char *)cap->card, sizeof(cap->card), "Fake test-pattern camera");
        snprintf((char *)cap->bus_info, sizeof(cap->bus_info), "file:fakecam");
        cap->version = 0x00060100;
        cap->device_caps = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING;
        cap->capabilities = cap->device_caps | V4L2_CAP_DEVICE_CAPS;
        return 0;
    }
    case VIDIOC_ENUM_FMT: {
        struct v4l2_fmtdesc *description = arg;
        if (description->type != V4L2_BUF_TYPE_VIDEO_CAPTURE) return fail(EINVAL);
        uint32_t fourcc = nth_format(camera, description->index);
        if (fourcc == 0) return fail(EINVAL);
        uint32_t index = description->index;
        memset(description, 0, sizeof(*description));
        description->index = index;
        description->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        description->pixelformat = fourcc;
        description->flags = fourcc == V4L2_PIX_FMT_MJPEG ? V4L2_FMT_FLAG_COMPRESSED : 0;
        snprintf((char *)description->description, sizeof(description->description), "%.4s", (const char *)&fourcc);
        return 0;
    }
    case VIDIOC_ENUM_FRAMESIZES: {
        struct v4l2_frmsizeenum *size = arg;
        uint32_t seen = 0;
        for (uint32_t i = 0; i < camera->entry_count; i++) {
            if (camera->entries[i].fourcc != size->pixel_format || seen++ != size->index) continue;
            size->type = V4L2_FRMSIZE_TYPE_DISCRETE;
            size->discrete.width = camera->entries[i].width;
            size->discrete.height = camera->entries[i].height;
            return 0;
        }
        return fail(EINVAL);
    }
    case VIDIOC_ENUM_FRAMEINTERVALS: {
        struct v4l2_frmivalenum *interval = arg;
        static const uint32_t denominators[] = {30, 15};
        if (interval->index >= 2) return fail(EINVAL);
        for (uint32_t i = 0; i < camera->entry_count; i++) {
            const struct fakecam_entry *entry = &camera->entries[i];
            if (entry->fourcc != interval->pixel_format || entry->width != interval->width ||
                entry->height != interval->height) continue;
            interval->type = V4L2_FRMIVAL_TYPE_DISCRETE;
            interval->discrete.numerator = 1;
            interval->discrete.denominator = denominators[interval->index];
            return 0;
        }
        return fail(EINVAL);
    }
    case VIDIOC_G_FMT: {
        struct v4l2_format *format = arg;
        if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE) return fail(EINVAL);
        fill_pix(&camera->entries[camera->current], &format->fmt.pix);
        return 0;
    }
    case VIDIOC_TRY_FMT:
    case VIDIOC_S_FMT: {
        struct v4l2_format *format = arg;
        if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE) return fail(EINVAL);
        if (request == VIDIOC_S_FMT && camera->buffer_count > 0) return fail(EBUSY);
        int chosen = closest_entry(camera, &format->fmt.pix);
        if (request == VIDIOC_S_FMT) camera->current = (uint32_t)chosen;
        fill_pix(&camera->entries[chosen], &format->fmt.pix);
        return 0;
    }
    case VIDIOC_G_PARM:
    case VIDIOC_S_PARM: {
        struct v4l2_streamparm *parameters = arg;
        if (parameters->type != V4L2_BUF_TYPE_VIDEO_CAPTURE) return fail(EINVAL);
        if (request == VIDIOC_S_PARM) {
            struct v4l2_fract wanted = parameters->parm.capture.timeperframe;
            camera->interval_denominator = (wanted.numerator > 0 && wanted.denominator / wanted.numerator < 23) ? 15 : 30;
        }
        memset(&parameters->parm, 0, sizeof(parameters->parm));
        parameters->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
        parameters->parm.capture.timeperframe.numerator = 1;
        parameters->parm.capture.timeperframe.denominator = camera->interval_denominator;
        parameters->parm.capture.readbuffers = 0;
        return 0;
    }
    case VIDIOC_REQBUFS: {
        struct v4l2_requestbuffers *request_buffers = arg;
        if (request_buffers->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || request_buffers->memory != V4L2_MEMORY_MMAP)
            return fail(EINVAL);
        if (camera->streaming) return fail(EBUSY);
        uint32_t count = request_buffers->count;
        if (count > FAKECAM_MAX_BUFFERS) count = FAKECAM_MAX_BUFFERS;
        if (count > 0 && count < 2) count = 2;
        long page = sysconf(_SC_PAGESIZE);
        uint32_t size = frame_size(&camera->entries[camera->current]);
        camera->stride = (uint32_t)((size + page - 1) / page * page);
        camera->buffer_count = count;
        camera->queue_length = 0;
        memset(camera->queued, 0, sizeof(camera->queued));
        if (count > 0 && ftruncate(camera->fd, (off_t)camera->slots_offset + (off_t)count * camera->stride) != 0)
            return fail(EIO);
        request_buffers->count = count;
        request_buffers->capabilities = V4L2_BUF_CAP_SUPPORTS_MMAP;
        return 0;
    }
    case VIDIOC_QUERYBUF: {
        struct v4l2_buffer *buffer = arg;
        if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || buffer->index >= camera->buffer_count) return fail(EINVAL);
        uint32_t index = buffer->index;
        memset(buffer, 0, sizeof(*buffer));
        buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buffer->memory = V4L2_MEMORY_MMAP;
        buffer->index = index;
        buffer->length = frame_size(&camera->entries[camera->current]);
        buffer->m.offset = camera->slots_offset + index * camera->stride;
        buffer->flags = V4L2_BUF_FLAG_MAPPED | (camera->queued[index] ? V4L2_BUF_FLAG_QUEUED : 0);
        return 0;
    }
    case VIDIOC_QBUF: {
        struct v4l2_buffer *buffer = arg;
        if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || buffer->index >= camera->buffer_count ||
            camera->queued[buffer->index]) return fail(EINVAL);
        camera->queued[buffer->index] = 1;
        camera->queue_order[camera->queue_length++] = buffer->index;
        buffer->flags |= V4L2_BUF_FLAG_QUEUED;
        return 0;
    }
    case VIDIOC_DQBUF:
        return dequeue(camera, arg);
    case VIDIOC_STREAMON:
        if (camera->buffer_count == 0) return fail(EINVAL);
        camera->streaming = 1;
        return 0;
    case VIDIOC_STREAMOFF:
        camera->streaming = 0;
        camera->queue_length = 0;
        memset(camera->queued, 0, sizeof(camera->queued));
        return 0;
    default:
        return fail(ENOTTY);
    }
}

static ssize_t fakecam_read(void *priv, int fd, void *buffer, size_t n) {
    (void)priv, (void)fd, (void)buffer, (void)n;
    return fail(EINVAL);
}

static ssize_t fakecam_write(void *priv, int fd, const void *buffer, size_t n) {
    (void)priv, (void)fd, (void)buffer, (void)n;
    return fail(EINVAL);
}

/// The symbol libv4l2 looks up in each plugin.
__attribute__((visibility("default"))) const struct libv4l_dev_ops libv4l2_plugin = {
    .init = fakecam_init,
    .close = fakecam_close,
    .ioctl = fakecam_ioctl,
    .read = fakecam_read,
    .write = fakecam_write,
};
