#include "CImageCodec.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <png.h>

// libjpeg reports fatal errors through error_exit, which must not return: jump back to the caller.
struct ic_jpeg_error {
    struct jpeg_error_mgr manager;
    jmp_buf jump;
    char *message;
    size_t message_size;
};

static void ic_jpeg_error_exit(j_common_ptr info) {
    struct ic_jpeg_error *error = (struct ic_jpeg_error *)info->err;
    char text[JMSG_LENGTH_MAX];
    (*info->err->format_message)(info, text);
    snprintf(error->message, error->message_size, "%s", text);
    longjmp(error->jump, 1);
}

// Warnings are counted by libjpeg (num_warnings); keep them off stderr.
static void ic_jpeg_silent(j_common_ptr info) { (void)info; }

/// Routes libjpeg's errors to `error` (longjmp back to the caller's setjmp, text into `message`) and
/// silences its warnings; shared by the decoder and the encoder.
static struct jpeg_error_mgr *ic_jpeg_errors(struct ic_jpeg_error *error, char *message, size_t message_size) {
    struct jpeg_error_mgr *manager = jpeg_std_error(&error->manager);
    error->manager.error_exit = ic_jpeg_error_exit;
    error->manager.output_message = ic_jpeg_silent;
    error->message = message;
    error->message_size = message_size;
    return manager;
}

int ic_decode_jpeg(const uint8_t *data, size_t size, ic_image *out, char *message, size_t message_size) {
    struct jpeg_decompress_struct info;
    struct ic_jpeg_error error;
    uint8_t *volatile pixels = NULL;
    memset(out, 0, sizeof(*out));
    info.err = ic_jpeg_errors(&error, message, message_size);
    if (setjmp(error.jump)) {
        jpeg_destroy_decompress(&info);
        free(pixels);
        return -1;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)size);
    jpeg_read_header(&info, TRUE);
    info.out_color_space = JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * 3;
    pixels = malloc(stride * info.output_height);
    if (pixels == NULL) {
        snprintf(message, message_size, "out of memory for a %ux%u image", info.output_width, info.output_height);
        jpeg_destroy_decompress(&info);
        return -1;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
    }
    jpeg_finish_decompress(&info);
    out->pixels = pixels;
    out->width = (int)info.output_width;
    out->height = (int)info.output_height;
    out->warnings = (int)error.manager.num_warnings;
    jpeg_destroy_decompress(&info);
    return 0;
}

int ic_encode_jpeg(const uint8_t *rgb, int width, int height, int stride, int quality,
                   uint8_t **out, size_t *out_size, char *message, size_t message_size) {
    struct jpeg_compress_struct info;
    struct ic_jpeg_error error;
    unsigned char *buffer = NULL;
    unsigned long buffer_size = 0;
    info.err = ic_jpeg_errors(&error, message, message_size);
    if (setjmp(error.jump)) {
        jpeg_destroy_compress(&info);
        free(buffer);
        return -1;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &buffer_size);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = 3;
    info.in_color_space = JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *out = buffer;
    *out_size = buffer_size;
    return 0;
}

int ic_decode_png(const uint8_t *data, size_t size, ic_image *out, char *message, size_t message_size) {
    png_image image;
    memset(out, 0, sizeof(*out));
    memset(&image, 0, sizeof(image));
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, data, size)) {
        snprintf(message, message_size, "%s", image.message);
        return -1;
    }
    image.format = PNG_FORMAT_RGB;
    size_t stride = (size_t)image.width * 3;
    uint8_t *pixels = malloc(stride * image.height);
    if (pixels == NULL) {
        snprintf(message, message_size, "out of memory for a %ux%u image", image.width, image.height);
        png_image_free(&image);
        return -1;
    }
    // Transparent pixels are composited over black, like the letterbox bars.
    png_color black = {0, 0, 0};
    if (!png_image_finish_read(&image, &black, pixels, (png_int_32)stride, NULL)) {
        snprintf(message, message_size, "%s", image.message);
        free(pixels);
        png_image_free(&image);
        return -1;
    }
    out->pixels = pixels;
    out->width = (int)image.width;
    out->height = (int)image.height;
    out->warnings = (image.warning_or_error & PNG_IMAGE_WARNING) ? 1 : 0;
    return 0;
}

int ic_encode_png(const uint8_t *rgb, int width, int height, int stride,
                  uint8_t **out, size_t *out_size, char *message, size_t message_size) {
    png_image image;
    memset(&image, 0, sizeof(image));
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)width;
    image.height = (png_uint_32)height;
    image.format = PNG_FORMAT_RGB;
    png_alloc_size_t size = 0;
    if (!png_image_write_to_memory(&image, NULL, &size, 0, rgb, stride, NULL)) {
        snprintf(message, message_size, "%s", image.message);
        return -1;
    }
    uint8_t *buffer = malloc(size);
    if (buffer == NULL) {
        snprintf(message, message_size, "out of memory for a %zu-byte PNG", (size_t)size);
        return -1;
    }
    if (!png_image_write_to_memory(&image, buffer, &size, 0, rgb, stride, NULL)) {
        snprintf(message, message_size, "%s", image.message);
        free(buffer);
        return -1;
    }
    *out = buffer;
    *out_size = size;
    return 0;
}

void ic_free(void *pointer) { free(pointer); }
