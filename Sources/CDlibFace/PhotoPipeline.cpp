// The photo and enrolment pipeline's slower steps: HOG on the colour image, and jittered descriptors.
#include "DnnlDescriptor.hpp"
#include "FaceTypes.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

extern "C" int fe_detect_colour(fe_engine *engine, fe_image image, int32_t upsample,
                                fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (engine == nullptr || count == nullptr) throw std::invalid_argument("no engine or count");
        if (upsample < 0 || upsample > 3) throw std::invalid_argument("upsample " + std::to_string(upsample) + " is not in 0...3");
        fe::rgb_view view = fe::view_of(image);
        std::vector<dlib::rect_detection> found;
        dlib::pyramid_down<2> pyramid;
        if (upsample == 0) {
            engine->detector(view, found, 0.0);
        } else {
            // As dlib's Python binding (face_recognition's face_locations): upsample, detect, map boxes back.
            dlib::array2d<dlib::rgb_pixel> larger;
            dlib::pyramid_up(view, larger, pyramid);
            for (int32_t step = 1; step < upsample; ++step) dlib::pyramid_up(larger, pyramid);
            engine->detector(larger, found, 0.0);
            for (auto &detection : found) detection.rect = pyramid.rect_down(detection.rect, upsample);
        }
        fe::write_detections(found, 1.0, 1.0, boxes, capacity, count);
    });
}

extern "C" int fe_descriptor_compute_jittered(fe_engine *engine, const uint8_t *chip, int32_t jitters, uint64_t seed,
                                              float *descriptor, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (engine == nullptr || chip == nullptr || descriptor == nullptr) throw std::invalid_argument("no engine, chip or output");
        if (jitters < 1 || jitters > 100) throw std::invalid_argument("jitters " + std::to_string(jitters) + " is not in 1...100");
        engine->chip.set_size(FE_CHIP_SIZE, FE_CHIP_SIZE);
        std::memcpy(&engine->chip(0, 0), chip, FE_CHIP_SIZE * FE_CHIP_SIZE * 3);
        // A generator seeded per call: the same chip and seed always give the same template.
        dlib::rand generator;
        generator.set_seed(std::to_string(seed));
        std::vector<dlib::matrix<dlib::rgb_pixel>> copies;
        copies.reserve(size_t(jitters));
        for (int32_t index = 0; index < jitters; ++index) copies.push_back(dlib::jitter_image(engine->chip, generator));
        if (engine->dnnl_descriptor) {
            // The engine's chosen backend: on oneDNN, dlib's network is not in the engine at all.
            float one[FE_DESCRIPTOR_LENGTH];
            for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) descriptor[index] = 0;
            for (const auto &copy : copies) {
                fe::dnnl_runner_compute(*engine->dnnl_descriptor, reinterpret_cast<const uint8_t *>(&copy(0, 0)), one);
                for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) descriptor[index] += one[index];
            }
            for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) descriptor[index] /= float(copies.size());
            return;
        }
        std::vector<dlib::matrix<float, 0, 1>> values = engine->descriptor_network(copies, 16);
        dlib::matrix<float, 0, 1> mean = values[0];
        for (size_t index = 1; index < values.size(); ++index) mean += values[index];
        mean /= float(values.size());
        if (mean.size() != FE_DESCRIPTOR_LENGTH)
            throw std::runtime_error("the network returned " + std::to_string(mean.size()) + " values, not 128");
        for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) descriptor[index] = mean(index);
    });
}
