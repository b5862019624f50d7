// Choosing the descriptor backend once per process, and making engines that use it.
#include "FaceTypes.hpp"

#include <chrono>
#include <cmath>
#include <memory>
#include <vector>

namespace {

/// The largest L2 distance between oneDNN's and dlib's descriptors that still counts as dlib's arithmetic.
constexpr double backend_tolerance = 1e-5;

/// A deterministic textured chip: every layer sees varied, non-zero input.
std::vector<uint8_t> check_chip() {
    std::vector<uint8_t> chip(FE_CHIP_SIZE * FE_CHIP_SIZE * 3);
    for (int row = 0; row < FE_CHIP_SIZE; ++row)
        for (int column = 0; column < FE_CHIP_SIZE; ++column) {
            uint8_t *pixel = &chip[size_t(row * FE_CHIP_SIZE + column) * 3];
            pixel[0] = uint8_t((row * 7 + column * 3) % 256);
            pixel[1] = uint8_t((row * column) % 251);
            pixel[2] = uint8_t(128 + 100 * std::sin(row * 0.21) * std::cos(column * 0.17));
        }
    return chip;
}

}  // namespace

extern "C" int32_t fe_onednn_compiled_in(void) { return fe::dnnl_compiled_in() ? 1 : 0; }

extern "C" void fe_models_choose_descriptor_backend(fe_models *models, int32_t allow_onednn, fe_backend_choice *choice) {
    fe_backend_choice local{FE_DESCRIPTOR_DLIB, -1, 0, {0}};
    auto note = [&](const std::string &text) { fe::write_error(local.note, sizeof local.note, text.c_str()); };
    auto start = std::chrono::steady_clock::now();
    if (models == nullptr) {
        note("no models");
    } else if (!fe::dnnl_compiled_in()) {
        note("built without oneDNN (install libdnnl-dev and rebuild)");
    } else if (allow_onednn == 0) {
        note("oneDNN turned off");
    } else {
        try {
            auto network = fe::dnnl_network_build(&models->descriptor_network);
            auto runner = fe::dnnl_runner_make(network);
            std::vector<uint8_t> chip = check_chip();
            float fast[FE_DESCRIPTOR_LENGTH];
            fe::dnnl_runner_compute(*runner, chip.data(), fast);
            dlib::matrix<dlib::rgb_pixel> image(FE_CHIP_SIZE, FE_CHIP_SIZE);
            std::memcpy(&image(0, 0), chip.data(), chip.size());
            dlib::matrix<float, 0, 1> reference = models->descriptor_network(image);
            // The shared network keeps every layer's output after a forward pass; give that memory back.
            models->descriptor_network.clean();
            double squared = 0;
            for (long index = 0; index < FE_DESCRIPTOR_LENGTH; ++index) {
                double difference = double(fast[index]) - double(reference(index));
                squared += difference * difference;
            }
            local.check_distance = std::sqrt(squared);
            if (local.check_distance <= backend_tolerance) {
                models->dnnl_descriptor = network;
                local.backend = FE_DESCRIPTOR_ONEDNN;
            } else {
                note("oneDNN's descriptor differs from dlib's by " + std::to_string(local.check_distance));
            }
        } catch (const std::exception &exception) {
            note(std::string("oneDNN failed: ") + exception.what());
        }
    }
    local.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (models != nullptr) models->descriptor_backend = local.backend;
    if (choice != nullptr) *choice = local;
}

extern "C" int32_t fe_models_descriptor_backend(const fe_models *models) {
    return models == nullptr ? FE_DESCRIPTOR_DLIB : models->descriptor_backend;
}

extern "C" int fe_engine_create_with_backend(const fe_models *models, int32_t backend, fe_engine **engine,
                                             char *error, size_t error_capacity) {
    return fe::guarded(error, error_capacity, [&] {
        if (models == nullptr || engine == nullptr) throw std::invalid_argument("no models to copy");
        if (backend != FE_DESCRIPTOR_DLIB && backend != FE_DESCRIPTOR_ONEDNN)
            throw std::invalid_argument("descriptor backend " + std::to_string(backend) + " is neither dlib (0) nor oneDNN (1)");
        if (backend == FE_DESCRIPTOR_ONEDNN && !models->dnnl_descriptor)
            throw std::invalid_argument("the models did not choose oneDNN, so an engine cannot use it");
        std::lock_guard<std::mutex> lock(models->copy_lock);
        if (backend == FE_DESCRIPTOR_DLIB && models->dlib_descriptor_released)
            throw std::invalid_argument("dlib's descriptor network was released after oneDNN was chosen");
        auto made = std::make_unique<fe_engine>();
        made->descriptor_backend = backend;
        if (backend == FE_DESCRIPTOR_ONEDNN)
            made->dnnl_descriptor = fe::dnnl_runner_make(models->dnnl_descriptor);
        else
            made->descriptor_network = models->descriptor_network;
        made->shape_predictor = models->shape_predictor;
        made->detector = models->detector;
        *engine = made.release();
    });
}

extern "C" int32_t fe_engine_descriptor_backend(const fe_engine *engine) {
    return engine == nullptr ? FE_DESCRIPTOR_DLIB : engine->descriptor_backend;
}

extern "C" int32_t fe_models_release_dlib_descriptor(fe_models *models) {
    if (models == nullptr || models->descriptor_backend != FE_DESCRIPTOR_ONEDNN) return 0;
    std::lock_guard<std::mutex> lock(models->copy_lock);
    models->descriptor_network = fe::anet_type();
    models->dlib_descriptor_released = true;
    return 1;
}
