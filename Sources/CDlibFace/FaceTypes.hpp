// Internal to CDlibFace: the dlib types behind the opaque handles of CDlibFace.h, the image views that let
// dlib read caller memory without a copy, and the exception guard every C entry point goes through.
#pragma once

#include <dlib/dnn.h>
#include <dlib/image_processing.h>
#include <dlib/image_processing/frontal_face_detector.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>
#include <exception>
#include <memory>
#include <mutex>
#include <streambuf>

#include "CDlibFace.h"
#include "CompactShapePredictor.hpp"
#include "DnnlDescriptor.hpp"

namespace fe {

// The descriptor network of dlib's dnn_face_recognition_ex.cpp (anet_type), as trained for
// dlib_face_recognition_resnet_model_v1.dat.
template <template <int, template <typename> class, int, typename> class block, int N,
          template <typename> class BN, typename SUBNET>
using residual = dlib::add_prev1<block<N, BN, 1, dlib::tag1<SUBNET>>>;

template <template <int, template <typename> class, int, typename> class block, int N,
          template <typename> class BN, typename SUBNET>
using residual_down = dlib::add_prev2<dlib::avg_pool<2, 2, 2, 2, dlib::skip1<dlib::tag2<block<N, BN, 2, dlib::tag1<SUBNET>>>>>>;

template <int N, template <typename> class BN, int stride, typename SUBNET>
using block = BN<dlib::con<N, 3, 3, 1, 1, dlib::relu<BN<dlib::con<N, 3, 3, stride, stride, SUBNET>>>>>;

template <int N, typename SUBNET> using ares = dlib::relu<residual<block, N, dlib::affine, SUBNET>>;
template <int N, typename SUBNET> using ares_down = dlib::relu<residual_down<block, N, dlib::affine, SUBNET>>;

template <typename SUBNET> using alevel0 = ares_down<256, SUBNET>;
template <typename SUBNET> using alevel1 = ares<256, ares<256, ares_down<256, SUBNET>>>;
template <typename SUBNET> using alevel2 = ares<128, ares<128, ares_down<128, SUBNET>>>;
template <typename SUBNET> using alevel3 = ares<64, ares<64, ares<64, ares_down<64, SUBNET>>>>;
template <typename SUBNET> using alevel4 = ares<32, ares<32, ares<32, SUBNET>>>;

using anet_type = dlib::loss_metric<dlib::fc_no_bias<128, dlib::avg_pool_everything<
    alevel0<alevel1<alevel2<alevel3<alevel4<
    dlib::max_pool<3, 3, 2, 2, dlib::relu<dlib::affine<dlib::con<32, 7, 7, 2, 2,
    dlib::input_rgb_image_sized<150>>>>>>>>>>>>>;

/// A read-only RGB8 image in caller memory, usable by dlib's generic image functions.
struct rgb_view {
    const unsigned char *pixels;
    long rows;
    long columns;
    long stride;
};

/// A writable RGB8 image in caller memory.
struct rgb_mutable_view {
    unsigned char *pixels;
    long rows;
    long columns;
    long stride;
};

inline long num_rows(const rgb_view &image) { return image.rows; }
inline long num_columns(const rgb_view &image) { return image.columns; }
inline long width_step(const rgb_view &image) { return image.stride; }
inline const void *image_data(const rgb_view &image) { return image.pixels; }
// dlib's views take a non-const reference even to read; the pixels are never written through it.
inline void *image_data(rgb_view &image) { return const_cast<unsigned char *>(image.pixels); }

inline long num_rows(const rgb_mutable_view &image) { return image.rows; }
inline long num_columns(const rgb_mutable_view &image) { return image.columns; }
inline long width_step(const rgb_mutable_view &image) { return image.stride; }
inline const void *image_data(const rgb_mutable_view &image) { return image.pixels; }
inline void *image_data(rgb_mutable_view &image) { return image.pixels; }
// Caller memory cannot grow: dlib may "resize" a target only to the size it already has.
inline void set_image_size(rgb_mutable_view &image, long rows, long columns) {
    if (rows != image.rows || columns != image.columns)
        throw std::logic_error("a " + std::to_string(image.columns) + "x" + std::to_string(image.rows) +
                               " buffer cannot hold a " + std::to_string(columns) + "x" + std::to_string(rows) + " image");
}

/// Checks an fe_image's geometry and wraps it as a dlib image.
inline rgb_view view_of(const fe_image &image) {
    if (image.pixels == nullptr) throw std::invalid_argument("image has no pixel buffer");
    if (image.width <= 0 || image.height <= 0)
        throw std::invalid_argument("image size " + std::to_string(image.width) + "x" + std::to_string(image.height) + " is empty");
    if (image.bytes_per_row < image.width * 3)
        throw std::invalid_argument("bytes per row " + std::to_string(image.bytes_per_row) + " is less than 3 x width " + std::to_string(image.width));
    return rgb_view{image.pixels, image.height, image.width, image.bytes_per_row};
}

/// Copies `message` into the caller's error buffer, truncated and NUL-terminated.
inline void write_error(char *error, size_t capacity, const char *message) {
    if (error == nullptr || capacity == 0) return;
    std::strncpy(error, message, capacity - 1);
    error[capacity - 1] = '\0';
}

/// Writes dlib's detections (HOG's or the CNN's) as boxes in full-image pixels: each rectangle divided by the
/// factor the image was scaled by, largest first (ties: higher score), at most `capacity` of them; `count` is
/// how many were found. Every detection entry point answers in this one form.
template <typename Detections>
void write_detections(const Detections &found, double factor_x, double factor_y, fe_box *boxes, int32_t capacity,
                      int32_t *count) {
    std::vector<fe_box> result;
    result.reserve(found.size());
    for (const auto &detection : found) {
        const dlib::rectangle &r = detection.rect;
        result.push_back(fe_box{
            int32_t(std::lround(r.left() / factor_x)), int32_t(std::lround(r.top() / factor_y)),
            int32_t(std::lround((r.right() + 1) / factor_x)) - 1, int32_t(std::lround((r.bottom() + 1) / factor_y)) - 1,
            detection.detection_confidence});
    }
    std::sort(result.begin(), result.end(), [](const fe_box &a, const fe_box &b) {
        long area_a = long(a.right - a.left + 1) * (a.bottom - a.top + 1);
        long area_b = long(b.right - b.left + 1) * (b.bottom - b.top + 1);
        return area_a != area_b ? area_a > area_b : a.score > b.score;
    });
    *count = int32_t(result.size());
    for (int32_t index = 0; index < capacity && index < int32_t(result.size()); ++index) boxes[index] = result[index];
}

/// An input stream buffer over bytes already in memory (a verified model file), so dlib deserialises without a
/// second read.
struct memory_buffer : std::streambuf {
    memory_buffer(const uint8_t *bytes, size_t length) {
        char *begin = reinterpret_cast<char *>(const_cast<uint8_t *>(bytes));
        setg(begin, begin, begin + length);
    }
};

/// Runs `body`, turning any C++ exception into a non-zero return and an error text.
template <typename Body>
int guarded(char *error, size_t capacity, Body &&body) {
    try {
        body();
        return 0;
    } catch (const std::exception &exception) {
        write_error(error, capacity, exception.what());
    } catch (...) {
        write_error(error, capacity, "unknown C++ exception in dlib");
    }
    return 1;
}

}  // namespace fe

namespace dlib {
template <> struct image_traits<fe::rgb_view> { typedef rgb_pixel pixel_type; };
template <> struct image_traits<fe::rgb_mutable_view> { typedef rgb_pixel pixel_type; };
}  // namespace dlib

struct fe_models {
    fe::anet_type descriptor_network;
    // Shared by every engine: evaluation is const and keeps its working state in locals, so one copy serves all
    // workers at once. Compact float32 leaves: the same landmarks as dlib's, 6 MB instead of 12.
    std::shared_ptr<const fe::compact_shape_predictor> shape_predictor;
    dlib::frontal_face_detector detector;
    // The descriptor backend fe_models_choose_descriptor_backend picked, and oneDNN's network when it did.
    int32_t descriptor_backend = FE_DESCRIPTOR_DLIB;
    std::shared_ptr<const fe::dnnl_network> dnnl_descriptor;
    // Set when the kiosk dropped dlib's copy of the descriptor weights (oneDNN has its own).
    bool dlib_descriptor_released = false;
    // Copying reads the objects; the lock keeps engine creation from racing with anything dlib might cache.
    mutable std::mutex copy_lock;
};

struct fe_detector {
    dlib::frontal_face_detector detector;
};

struct fe_engine {
    // Only the dlib backend copies dlib's network; the oneDNN backend shares the models' folded weights.
    int32_t descriptor_backend = FE_DESCRIPTOR_DLIB;
    std::shared_ptr<fe::dnnl_runner> dnnl_descriptor;
    fe::anet_type descriptor_network;
    std::shared_ptr<const fe::compact_shape_predictor> shape_predictor;
    dlib::frontal_face_detector detector;
    dlib::array2d<unsigned char> grey;
    dlib::array2d<unsigned char> scaled;
    dlib::matrix<dlib::rgb_pixel> chip;
};
