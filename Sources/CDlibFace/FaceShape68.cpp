// dlib's 68-point shape predictor, for liveness (eye aspect ratio, non-rigid motion): loaded once, shared, with
// its leaves as int16 codes in one array (33 MB resident instead of dlib's 72 MB; see CompactShapePredictor.hpp).
#include "FaceTypes.hpp"

#include <memory>

struct fe_shape68 {
    // int16: half of float32's 66 MB, and liveness decides every sequence of the liveness material as with dlib's
    // predictor (a test). int8 codes (18 MB) did not: they accepted the tilted T1 photo. int16 in the first cascades
    // and int8 in the last ones (20-25 MB) passed with 80 px faces but accepted T1 moved by scale with 100 px faces.
    // 12-bit codes throughout (25 MB) put the landmarks 0.51 px from dlib's and found wolfgang-8s live by a blink
    // instead of by motion. The int16 codes themselves hold no redundancy to pack: 15.3 bits of entropy per value.
    explicit fe_shape68(std::istream &stream) : predictor(stream, fe::leaf_encoding::int16) {}
    fe::compact_shape_predictor predictor;
};

extern "C" int fe_shape68_load(const uint8_t *bytes, size_t length, fe_shape68 **model, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (bytes == nullptr || model == nullptr) throw std::invalid_argument("no bytes or no place to return the model");
        fe::memory_buffer buffer(bytes, length);
        std::istream stream(&buffer);
        std::unique_ptr<fe_shape68> loaded;
        try {
            loaded = std::make_unique<fe_shape68>(stream);
        } catch (const std::exception &exception) {
            throw std::runtime_error(std::string("cannot read the 68-point shape predictor: ") + exception.what());
        }
        if (loaded->predictor.num_parts() != FE_SHAPE68_COUNT)
            throw std::runtime_error("the shape predictor places " + std::to_string(loaded->predictor.num_parts()) +
                                     " landmarks, not 68");
        *model = loaded.release();
    });
}

extern "C" void fe_shape68_free(fe_shape68 *model) { delete model; }

extern "C" int fe_shape68_find(const fe_shape68 *model, fe_image image, fe_box box, double *xy,
                               char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (model == nullptr || xy == nullptr) throw std::invalid_argument("no model or output");
        fe::rgb_view view = fe::view_of(image);
        // The evaluation is const and keeps no state between calls: threads may share one model.
        dlib::full_object_detection shape =
            model->predictor(view, dlib::rectangle(box.left, box.top, box.right, box.bottom));
        for (unsigned long part = 0; part < FE_SHAPE68_COUNT; ++part) {
            xy[2 * part] = double(shape.part(part).x());
            xy[2 * part + 1] = double(shape.part(part).y());
        }
    });
}
