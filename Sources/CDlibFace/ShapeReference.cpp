// dlib's own shape_predictor, unchanged: the reference the compact predictors are held to in tests and benches.
#include "FaceTypes.hpp"

#include <memory>

struct fe_shape_reference {
    dlib::shape_predictor predictor;
};

extern "C" int fe_shape_reference_load(const uint8_t *bytes, size_t length, fe_shape_reference **model,
                                       char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (bytes == nullptr || model == nullptr) throw std::invalid_argument("no bytes or no place to return the model");
        auto loaded = std::make_unique<fe_shape_reference>();
        fe::memory_buffer buffer(bytes, length);
        std::istream stream(&buffer);
        try {
            dlib::deserialize(loaded->predictor, stream);
        } catch (const std::exception &exception) {
            throw std::runtime_error(std::string("cannot read the shape predictor: ") + exception.what());
        }
        *model = loaded.release();
    });
}

extern "C" void fe_shape_reference_free(fe_shape_reference *model) { delete model; }

extern "C" int32_t fe_shape_reference_parts(const fe_shape_reference *model) {
    return model == nullptr ? 0 : int32_t(model->predictor.num_parts());
}

extern "C" int fe_shape_reference_find(const fe_shape_reference *model, fe_image image, fe_box box, double *xy,
                                       char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (model == nullptr || xy == nullptr) throw std::invalid_argument("no model or output");
        fe::rgb_view view = fe::view_of(image);
        dlib::full_object_detection shape = model->predictor(view, dlib::rectangle(box.left, box.top, box.right, box.bottom));
        for (unsigned long part = 0; part < shape.num_parts(); ++part) {
            xy[2 * part] = double(shape.part(part).x());
            xy[2 * part + 1] = double(shape.part(part).y());
        }
    });
}
