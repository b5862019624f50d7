// dlib's CNN face detector (MMOD): the photo pipeline's fallback when HOG finds no face.
#include "FaceTypes.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace {

// The network of dlib's dnn_mmod_face_detection_ex.cpp, as trained for mmod_human_face_detector.dat.
template <long filters, typename SUBNET> using con5d = dlib::con<filters, 5, 5, 2, 2, SUBNET>;
template <long filters, typename SUBNET> using con5 = dlib::con<filters, 5, 5, 1, 1, SUBNET>;
template <typename SUBNET>
using downsampler = dlib::relu<dlib::affine<con5d<32, dlib::relu<dlib::affine<con5d<32, dlib::relu<dlib::affine<con5d<16, SUBNET>>>>>>>>>;
template <typename SUBNET> using rcon5 = dlib::relu<dlib::affine<con5<45, SUBNET>>>;
using mmod_net = dlib::loss_mmod<dlib::con<1, 9, 9, 1, 1, rcon5<rcon5<rcon5<downsampler<
    dlib::input_rgb_image_pyramid<dlib::pyramid_down<6>>>>>>>>;

}  // namespace

struct fe_cnn_detector {
    mmod_net network;
    dlib::matrix<dlib::rgb_pixel> input;
    // Copying reads the network; the lock keeps copies made by several threads at once apart.
    mutable std::mutex copy_lock;
};

extern "C" int fe_cnn_detector_load(const uint8_t *bytes, size_t length, fe_cnn_detector **detector,
                                    char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (bytes == nullptr || detector == nullptr) throw std::invalid_argument("no model bytes or no place to return the detector");
        auto loaded = std::make_unique<fe_cnn_detector>();
        fe::memory_buffer buffer(bytes, length);
        std::istream stream(&buffer);
        try {
            dlib::deserialize(loaded->network, stream);
        } catch (const std::exception &exception) {
            throw std::runtime_error(std::string("cannot read the CNN face detector: ") + exception.what());
        }
        *detector = loaded.release();
    });
}

extern "C" int fe_cnn_detector_copy(const fe_cnn_detector *detector, fe_cnn_detector **copy, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (detector == nullptr || copy == nullptr) throw std::invalid_argument("no detector to copy");
        std::lock_guard<std::mutex> lock(detector->copy_lock);
        auto made = std::make_unique<fe_cnn_detector>();
        made->network = detector->network;
        *copy = made.release();
    });
}

extern "C" void fe_cnn_detector_free(fe_cnn_detector *detector) { delete detector; }

extern "C" int fe_cnn_detect(fe_cnn_detector *detector, fe_image image, double scale,
                             fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (detector == nullptr || count == nullptr) throw std::invalid_argument("no detector or count");
        if (!(scale > 0.0 && scale <= 4.0)) throw std::invalid_argument("scale " + std::to_string(scale) + " is not in (0, 4]");
        fe::rgb_view view = fe::view_of(image);
        long rows = std::max(1L, std::lround(view.rows * scale));
        long columns = std::max(1L, std::lround(view.columns * scale));
        detector->input.set_size(rows, columns);
        dlib::resize_image(view, detector->input);
        double factor_x = double(columns) / double(view.columns);
        double factor_y = double(rows) / double(view.rows);
        std::vector<dlib::mmod_rect> found = detector->network(detector->input);
        fe::write_detections(found, factor_x, factor_y, boxes, capacity, count);
    });
}
