// Photo decoding (enrolment from files), PPM writing and resizing (benchmark frames).
#include "FaceTypes.hpp"

#include <dlib/image_io.h>

#include <cstdio>
#include <cstdlib>

extern "C" int fe_image_decode(const char *path, uint8_t **pixels, int32_t *width, int32_t *height,
                               char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (path == nullptr || pixels == nullptr || width == nullptr || height == nullptr)
            throw std::invalid_argument("no path or output");
        // Loading as RGBA keeps PNG alpha apart so it can be dropped, as PIL's convert("RGB") does;
        // loading straight to RGB would blend the alpha into whatever the buffer held.
        dlib::array2d<dlib::rgb_alpha_pixel> decoded;
        dlib::load_image(decoded, path);
        size_t count = size_t(decoded.nr()) * size_t(decoded.nc());
        if (count == 0) throw std::runtime_error(std::string("the image ") + path + " has no pixels");
        auto *buffer = static_cast<uint8_t *>(std::malloc(count * 3));
        if (buffer == nullptr) throw std::bad_alloc();
        uint8_t *target = buffer;
        for (long row = 0; row < decoded.nr(); ++row)
            for (long column = 0; column < decoded.nc(); ++column) {
                const dlib::rgb_alpha_pixel &pixel = decoded[row][column];
                *target++ = pixel.red;
                *target++ = pixel.green;
                *target++ = pixel.blue;
            }
        *pixels = buffer;
        *width = int32_t(decoded.nc());
        *height = int32_t(decoded.nr());
    });
}

extern "C" int fe_image_write_ppm(const char *path, fe_image image, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        fe::rgb_view view = fe::view_of(image);
        std::FILE *file = std::fopen(path, "wb");
        if (file == nullptr) throw std::runtime_error(std::string("cannot create ") + path);
        std::fprintf(file, "P6\n%ld %ld\n255\n", view.columns, view.rows);
        bool written = true;
        for (long row = 0; row < view.rows && written; ++row)
            written = std::fwrite(view.pixels + row * view.stride, 3, size_t(view.columns), file) == size_t(view.columns);
        if (std::fclose(file) != 0 || !written) throw std::runtime_error(std::string("cannot write ") + path);
    });
}

extern "C" int fe_image_resize(fe_image image, uint8_t *pixels, int32_t width, int32_t height,
                               char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (pixels == nullptr || width <= 0 || height <= 0) throw std::invalid_argument("no target for the resize");
        fe::rgb_view view = fe::view_of(image);
        fe::rgb_mutable_view target{pixels, height, width, long(width) * 3};
        dlib::resize_image(view, target);
    });
}

extern "C" void fe_buffer_free(void *buffer) { std::free(buffer); }
