// Loading the networks once, and copying them for each engine.
#include "FaceTypes.hpp"

#include <dlfcn.h>

#include <chrono>
#include <memory>
#include <thread>

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

template <typename Item>
void deserialize_from_memory(Item &item, const uint8_t *bytes, size_t length, const char *what) {
    fe::memory_buffer buffer(bytes, length);
    std::istream stream(&buffer);
    try {
        dlib::deserialize(item, stream);
    } catch (const std::exception &exception) {
        throw std::runtime_error(std::string("cannot read the ") + what + ": " + exception.what());
    }
}

/// The 5-point predictor with its leaves in one float32 array: the landmarks (and so the chip) are dlib's own.
/// int16 codes would save 2.4 MB but moved a landmark by a pixel on 20 of 135 test faces.
std::shared_ptr<const fe::compact_shape_predictor> read_shape_predictor(const uint8_t *bytes, size_t length) {
    fe::memory_buffer buffer(bytes, length);
    std::istream stream(&buffer);
    try {
        auto predictor = std::make_shared<const fe::compact_shape_predictor>(stream, fe::leaf_encoding::float32);
        if (predictor->num_parts() != FE_LANDMARK_COUNT)
            throw std::runtime_error("it places " + std::to_string(predictor->num_parts()) + " landmarks, not 5");
        return predictor;
    } catch (const std::exception &exception) {
        throw std::runtime_error(std::string("cannot read the 5-point shape predictor: ") + exception.what());
    }
}

}  // namespace

extern "C" int fe_set_blas_threads(int threads) {
    using setter = void (*)(int);
    auto set = reinterpret_cast<setter>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    if (set == nullptr) return 0;
    set(threads);
    return 1;
}

extern "C" int fe_detector_build(fe_detector **detector, double *seconds, char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (detector == nullptr) throw std::invalid_argument("no place to return the detector");
        auto begin = std::chrono::steady_clock::now();
        auto built = std::make_unique<fe_detector>();
        built->detector = dlib::get_frontal_face_detector();
        if (seconds != nullptr) *seconds = seconds_since(begin);
        *detector = built.release();
    });
}

extern "C" void fe_detector_free(fe_detector *detector) { delete detector; }

extern "C" int fe_models_load(const uint8_t *descriptor_network, size_t descriptor_network_length,
                              const uint8_t *shape_predictor, size_t shape_predictor_length, fe_detector *detector,
                              fe_models **models, fe_load_timing *timing, char *error, size_t error_capacity) {
    std::unique_ptr<fe_detector> owned_detector(detector);
    return fe::guarded(error, error_capacity, [&] {
        if (models == nullptr || !owned_detector) throw std::invalid_argument("no detector or no place to return the models");
        auto start = std::chrono::steady_clock::now();
        auto loaded = std::make_unique<fe_models>();
        loaded->detector = std::move(owned_detector->detector);
        fe_load_timing local{};
        // The two networks are independent: deserialise them on both cores.
        std::exception_ptr predictor_failure;
        std::thread predictor_thread([&] {
            try {
                auto begin = std::chrono::steady_clock::now();
                loaded->shape_predictor = read_shape_predictor(shape_predictor, shape_predictor_length);
                local.shape_predictor = seconds_since(begin);
            } catch (...) { predictor_failure = std::current_exception(); }
        });
        std::exception_ptr network_failure;
        try {
            auto begin = std::chrono::steady_clock::now();
            deserialize_from_memory(loaded->descriptor_network, descriptor_network, descriptor_network_length,
                                    "ResNet descriptor network");
            local.descriptor_network = seconds_since(begin);
        } catch (...) { network_failure = std::current_exception(); }
        predictor_thread.join();
        if (network_failure) std::rethrow_exception(network_failure);
        if (predictor_failure) std::rethrow_exception(predictor_failure);
        local.total = seconds_since(start);
        if (timing != nullptr) *timing = local;
        *models = loaded.release();
    });
}

extern "C" void fe_models_free(fe_models *models) { delete models; }

extern "C" int fe_engine_create(const fe_models *models, fe_engine **engine, char *error, size_t error_capacity) {
    return fe_engine_create_with_backend(models, fe_models_descriptor_backend(models), engine, error, error_capacity);
}

extern "C" void fe_engine_free(fe_engine *engine) { delete engine; }
