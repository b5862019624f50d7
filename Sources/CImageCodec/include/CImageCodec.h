// JPEG (libjpeg) and PNG (libpng) in memory, RGB8 only, with a plain C API for Swift. Every function
// returns 0 on success or -1 with a readable reason in `message`; buffers it returns are freed with ic_free.
#ifndef CIMAGECODEC_H
#define CIMAGECODEC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A decoded image: tightly packed RGB8 rows (stride = 3 * width), allocated with malloc.
typedef struct {
    uint8_t *pixels;
    int width;
    int height;
    /// Recoverable problems the decoder reported (for JPEG: corrupt or truncated data it papered over).
    int warnings;
} ic_image;

int ic_decode_jpeg(const uint8_t *data, size_t size, ic_image *out, char *message, size_t message_size);
int ic_decode_png(const uint8_t *data, size_t size, ic_image *out, char *message, size_t message_size);

/// Encodes RGB8 rows (`stride` bytes apart) as a baseline JFIF JPEG at `quality` (1...100).
int ic_encode_jpeg(const uint8_t *rgb, int width, int height, int stride, int quality,
                   uint8_t **out, size_t *out_size, char *message, size_t message_size);
/// Encodes RGB8 rows (`stride` bytes apart) as an 8-bit RGB PNG.
int ic_encode_png(const uint8_t *rgb, int width, int height, int stride,
                  uint8_t **out, size_t *out_size, char *message, size_t message_size);

void ic_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
