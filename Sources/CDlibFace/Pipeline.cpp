// The per-frame pipeline: detection, landmarks, chip, descriptor.
#include "FaceTypes.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

extern "C" int fe_detect(fe_engine *engine, fe_image image, double scale, int32_t upsample,
                         fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (engine == nullptr || count == nullptr) throw std::invalid_argument("no engine or count");
        if (!(scale > 0.0 && scale <= 1.0)) throw std::invalid_argument("scale " + std::to_string(scale) + " is not in (0, 1]");
        if (upsample < 0 || upsample > 3) throw std::invalid_argument("upsample " + std::to_string(upsample) + " is not in 0...3");
        fe::rgb_view view = fe::view_of(image);
        // Grey as dlib converts (mean of the three channels), then the downscaled copy the detector reads.
        engine->grey.set_size(view.rows, view.columns);
        for (long row = 0; row < view.rows; ++row) {
            const unsigned char *source = view.pixels + row * view.stride;
            unsigned char *target = &engine->grey[row][0];
            for (long column = 0; column < view.columns; ++column, source += 3)
                target[column] = static_cast<unsigned char>((unsigned(source[0]) + source[1] + source[2]) / 3);
        }
        dlib::array2d<unsigned char> *input = &engine->grey;
        if (scale < 1.0) {
            long rows = std::max(1L, std::lround(view.rows * scale));
            long columns = std::max(1L, std::lround(view.columns * scale));
            engine->scaled.set_size(rows, columns);
            dlib::resize_image(engine->grey, engine->scaled);
            input = &engine->scaled;
        }
        double factor_x = double(input->nc()) / double(view.columns);
        double factor_y = double(input->nr()) / double(view.rows);
        dlib::pyramid_down<2> pyramid;
        for (int32_t step = 0; step < upsample; ++step) {
            dlib::array2d<unsigned char> larger;
            dlib::pyramid_up(*input, larger, pyramid);
            engine->scaled.swap(larger);
            input = &engine->scaled;
            factor_x *= 2.0;
            factor_y *= 2.0;
        }
        std::vector<dlib::rect_detection> found;
        engine->detector(*input, found, 0.0);
        fe::write_detections(found, factor_x, factor_y, boxes, capacity, count);
    });
}

extern "C" int fe_landmarks_find(fe_engine *engine, fe_image image, fe_box box, fe_landmarks *landmarks,
                                 char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (engine == nullptr || landmarks == nullptr) throw std::invalid_argument("no engine or landmarks");
        fe::rgb_view view = fe::view_of(image);
        dlib::full_object_detection shape =
            (*engine->shape_predictor)(view, dlib::rectangle(box.left, box.top, box.right, box.bottom));
        if (shape.num_parts() != FE_LANDMARK_COUNT)
            throw std::runtime_error("the shape predictor placed " + std::to_string(shape.num_parts()) + " landmarks, not 5");
        landmarks->box = box;
        for (unsigned long part = 0; part < FE_LANDMARK_COUNT; ++part) {
            landmarks->x[part] = int32_t(shape.part(part).x());
            landmarks->y[part] = int32_t(shape.part(part).y());
        }
    });
}

extern "C" int fe_chip_extract(fe_image image, const fe_landmarks *landmarks, uint8_t *chip,
                               char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (landmarks == nullptr || chip == nullptr) throw std::invalid_argument("no landmarks or chip buffer");
        fe::rgb_view view = fe::view_of(image);
        const fe_box &box = landmarks->box;
        std::vector<dlib::point> parts;
        for (int part = 0; part < FE_LANDMARK_COUNT; ++part) parts.emplace_back(landmarks->x[part], landmarks->y[part]);
        dlib::full_object_detection shape(dlib::rectangle(box.left, box.top, box.right, box.bottom), parts);
        // dlib builds chips in images it can resize, so extract into a matrix, then copy out.
        dlib::matrix<dlib::rgb_pixel> extracted;
        dlib::extract_image_chip(view, dlib::get_face_chip_details(shape, FE_CHIP_SIZE, 0.25), extracted);
        if (extracted.nr() != FE_CHIP_SIZE || extracted.nc() != FE_CHIP_SIZE)
            throw std::runtime_error("dlib made a " + std::to_string(extracted.nc()) + "x" + std::to_string(extracted.nr()) + " chip, not 150x150");
        std::memcpy(chip, &extracted(0, 0), FE_CHIP_SIZE * FE_CHIP_SIZE * 3);
    });
}

extern "C" int fe_descriptor_compute(fe_engine *engine, const uint8_t *chip, float *descriptor,
                                     char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (engine == nullptr || chip == nullptr || descriptor == nullptr) throw std::invalid_argument("no engine, chip or output");
        if (engine->dnnl_descriptor) return fe::dnnl_runner_compute(*engine->dnnl_descriptor, chip, descriptor);
        engine->chip.set_size(FE_CHIP_SIZE, FE_CHIP_SIZE);
        std::memcpy(&engine->chip(0, 0), chip, FE_CHIP_SIZE * FE_CHIP_SIZE * 3);
        dlib::matrix<float, 0, 1> values = engine->descriptor_network(engine->chip);
        if (values.size() != FE_DESCRIPTOR_LENGTH)
            throw std::runtime_error("the network returned " + std::to_string(values.size()) + " values, not 128");
        for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) descriptor[index] = values(index);
    });
}
