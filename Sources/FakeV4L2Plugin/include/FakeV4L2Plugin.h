// A libv4l2 plugin that turns a `*.fakecam` file into a V4L2 capture device, so CameraTests can drive the
// real V4L2Camera without hardware. libv4l2 loads every `*.so` in its plugin folder and asks each one to
// claim a newly opened descriptor; this plugin claims only files whose name ends in `.fakecam`.
//
// The plugin interface has no mmap hook, so libv4l2 maps buffers straight from the file: each buffer is a
// page-aligned region of the file (`slots_offset + index * stride`), and VIDIOC_DQBUF writes the frame's
// bytes there before handing the buffer back.
//
// File layout (every integer little-endian uint32):
//   0  "FAKECAM1"            magic
//   8  entry_count           number of (format, size) entries below
//   12 vanish_after          after this many dequeued frames, DQBUF fails once with ENODEV (0 = never)
//   16 missing_opens         after vanishing, this many opens fail with ENODEV (the camera is unplugged)
//   20 served                frames dequeued so far (written by the plugin)
//   24 vanished              1 once the device has vanished (written by the plugin)
//   28 refused_opens         opens refused while unplugged (written by the plugin)
//   32 slots_offset          page-aligned start of the buffer region
//   64 entries               entry_count x { fourcc, width, height, payload_offset, payload_size }
// Each entry's payload is one complete frame in that format, served for every dequeue. Every size
// supports the frame intervals 1/30 and 1/15.
#ifndef FAKEV4L2PLUGIN_H
#define FAKEV4L2PLUGIN_H

#define FAKECAM_MAGIC "FAKECAM1"
#define FAKECAM_HEADER_ENTRIES 64
#define FAKECAM_ENTRY_SIZE 20
#define FAKECAM_MAX_ENTRIES 32
#define FAKECAM_MAX_BUFFERS 8

#endif
