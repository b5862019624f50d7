// Internal to CDlibFace: the descriptor network run on oneDNN, with dlib's weights and dlib's arithmetic.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace fe {

struct dnnl_network;
struct dnnl_runner;

/// True when this library was compiled with oneDNN (FE_HAVE_DNNL, set by Package.swift when the headers exist).
bool dnnl_compiled_in();

/// Reads the weights from dlib's loaded network (no file), folds each affine layer into its convolution,
/// and prepares oneDNN's primitives once; shared read-only by every runner. Throws when oneDNN is absent or
/// refuses a layer.
std::shared_ptr<const dnnl_network> dnnl_network_build(void *anet);

/// One worker's activation buffers, primitives and stream over a shared network.
std::shared_ptr<dnnl_runner> dnnl_runner_make(std::shared_ptr<const dnnl_network> network);

/// The 128-D descriptor of a packed RGB8 150x150 chip, on the calling thread only.
void dnnl_runner_compute(dnnl_runner &runner, const uint8_t *chip, float *descriptor);

}  // namespace fe
