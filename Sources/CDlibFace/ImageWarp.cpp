// A picture moved by a homography: the rigidly moved stills of the liveness benchmark and tests.
#include "FaceTypes.hpp"

#include <dlib/image_transforms.h>

extern "C" int fe_image_warp(fe_image image, const double *target_to_source, uint8_t *pixels, int32_t width,
                             int32_t height, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (target_to_source == nullptr || pixels == nullptr) throw std::invalid_argument("no homography or output");
        if (width <= 0 || height <= 0) throw std::invalid_argument("output size " + std::to_string(width) + "x" + std::to_string(height) + " is empty");
        fe::rgb_view view = fe::view_of(image);
        dlib::matrix<double, 3, 3> h;
        for (int index = 0; index < 9; ++index) h(index / 3, index % 3) = target_to_source[index];
        fe::rgb_mutable_view target{pixels, height, width, long(width) * 3};
        // Outside the source picture the output is black, as the border of a hand-held photo would not be.
        std::memset(pixels, 0, size_t(width) * size_t(height) * 3);
        dlib::transform_image(view, target, dlib::interpolate_bilinear(), dlib::point_transform_projective(h));
    });
}
