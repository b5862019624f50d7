// The descriptor network (FaceTypes.hpp's anet_type) on oneDNN: dlib's weights, read from the loaded dlib
// network, with each affine layer folded into the convolution before it, bias and ReLU fused, residual sums
// fused as a sum post-op where the shapes agree. Activations are NHWC floats.
//
// dlib's arithmetic, reproduced: the input is (pixel - channel mean) / 256; strided convolutions and pooling
// have no padding and round their output size down; a down-sampling residual adds the block's output to the
// 2x2 average-pooled input with missing channels and rows taken as zero (add_prev's zero-padded sum).
#include "DnnlDescriptor.hpp"

#include "FaceTypes.hpp"

#include <stdexcept>

#ifdef FE_HAVE_DNNL

#include <dlfcn.h>

#include <algorithm>
#include <functional>
#include <oneapi/dnnl/dnnl.hpp>
#include <unordered_map>
#include <vector>

namespace fe {

namespace {

using tag = dnnl::memory::format_tag;
using dt = dnnl::memory::data_type;

/// Channels, rows and columns of an activation.
struct shape {
    long channels, rows, columns;
    long size() const { return channels * rows * columns; }
};

/// A convolution as dlib stores it (OIHW filters, bias), before folding.
struct dlib_convolution {
    long filters, channels, rows, columns, stride, padding;
    std::vector<float> weights, bias;
};

/// Collects the parameters of every convolution, affine and fully connected layer. dlib visits from the
/// output towards the input, so each list is in reverse order.
struct parameter_collector {
    std::vector<dlib_convolution> *convolutions;
    std::vector<std::pair<std::vector<float>, std::vector<float>>> *affines;
    std::vector<float> *fully_connected;

    template <long filters, long rows, long columns, int stride_y, int stride_x, int padding_y, int padding_x>
    void operator()(size_t, dlib::con_<filters, rows, columns, stride_y, stride_x, padding_y, padding_x> &layer) const {
        static_assert(rows == columns && stride_y == stride_x && padding_y == padding_x, "square convolutions only");
        const dlib::tensor &params = layer.get_layer_params();
        if (layer.bias_is_disabled()) throw std::runtime_error("a convolution of the descriptor network has no bias");
        long channels = (long(params.size()) - filters) / (filters * rows * columns);
        dlib_convolution convolution{filters, channels, rows, columns, stride_y, layer.padding_y(), {}, {}};
        const float *values = params.host();
        size_t weight_count = size_t(filters * channels * rows * columns);
        convolution.weights.assign(values, values + weight_count);
        convolution.bias.assign(values + weight_count, values + weight_count + size_t(filters));
        convolutions->push_back(std::move(convolution));
    }

    void operator()(size_t, dlib::affine_ &layer) const {
        auto gamma = layer.get_gamma();
        auto beta = layer.get_beta();
        const float *g = gamma.host();
        const float *b = beta.host();
        affines->emplace_back(std::vector<float>(g, g + gamma.size()), std::vector<float>(b, b + beta.size()));
    }

    template <unsigned long outputs>
    void operator()(size_t, dlib::fc_<outputs, dlib::FC_NO_BIAS> &layer) const {
        const dlib::tensor &params = layer.get_layer_params();
        fully_connected->assign(params.host(), params.host() + params.size());
    }

    template <typename Other>
    void operator()(size_t, Other &) const {}
};

/// The residual blocks from the input to the output: filters, and whether the block halves the size.
struct block_plan {
    long filters;
    bool down;
};
const block_plan blocks[] = {
    {32, false}, {32, false}, {32, false},
    {64, true}, {64, false}, {64, false}, {64, false},
    {128, true}, {128, false}, {128, false},
    {256, true}, {256, false}, {256, false},
    {256, true},
};

long output_size(long input, long kernel, long stride, long padding) { return (input + 2 * padding - kernel) / stride + 1; }

dnnl::memory::desc activation_desc(const shape &s) {
    return dnnl::memory::desc({1, s.channels, s.rows, s.columns}, dt::f32, tag::nhwc);
}

/// Sets the calling thread's OpenMP team to one thread: the recognition workers are the parallelism. oneDNN
/// fixes a primitive's thread count when it creates it, so this runs before creation and before each pass.
void use_one_thread() {
    using setter = void (*)(int);
    static setter set = reinterpret_cast<setter>(dlsym(RTLD_DEFAULT, "omp_set_num_threads"));
    if (set != nullptr) set(1);
}

}  // namespace

/// A folded convolution with its fused operations, ready to run.
struct dnnl_convolution {
    shape input, output;
    dnnl::convolution_forward::primitive_desc descriptor;
    dnnl::convolution_forward primitive;
    dnnl::memory weights, bias;
};

/// One residual block: two convolutions; a down-sampling block also pools its input for the sum.
struct dnnl_block {
    dnnl_convolution first, second;
    bool down;
    shape sum;             // the residual sum's shape
    bool fused_sum;        // the second convolution adds into the shortcut itself (shapes agree)
};

struct dnnl_network {
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    float mean_red, mean_green, mean_blue;
    dnnl_convolution stem;
    shape pooled;
    dnnl::pooling_forward::primitive_desc pool_descriptor;
    dnnl::pooling_forward pool;
    std::vector<dnnl_block> blocks;
    std::vector<float> fully_connected;  // inputs x 128, as dlib's fc_ stores it
    long stem_activation = 0;     // the first convolution's output: the largest, and only `inner` holds it
    long largest_activation = 0;  // the largest after the stem's pooling (a quarter of the stem's)
    size_t scratchpad_bytes = 0;
};

struct dnnl_runner {
    std::shared_ptr<const dnnl_network> network;
    dnnl::stream stream;
    std::vector<float> input, buffers[4];
    std::vector<uint8_t> scratchpad_bytes;
    dnnl::memory scratchpad;
};

namespace {

dnnl_convolution make_convolution(const dnnl_network &network, const dlib_convolution &layer,
                                  const std::pair<std::vector<float>, std::vector<float>> &affine, const shape &input,
                                  bool relu, bool sum) {
    if (layer.channels != input.channels)
        throw std::runtime_error("a convolution reads " + std::to_string(layer.channels) + " channels, its input has " +
                                 std::to_string(input.channels));
    if (long(affine.first.size()) != layer.filters)
        throw std::runtime_error("an affine layer has " + std::to_string(affine.first.size()) + " channels, not " +
                                 std::to_string(layer.filters));
    shape output{layer.filters, output_size(input.rows, layer.rows, layer.stride, layer.padding),
                 output_size(input.columns, layer.columns, layer.stride, layer.padding)};
    // affine(conv(x) + b) = gamma * conv(x) + gamma * b + beta: scale each filter, fold the bias.
    std::vector<float> weights(layer.weights.size());
    std::vector<float> bias(size_t(layer.filters));
    const size_t per_filter = size_t(layer.channels * layer.rows * layer.columns);
    for (long filter = 0; filter < layer.filters; ++filter) {
        float gamma = affine.first[size_t(filter)];
        for (size_t index = 0; index < per_filter; ++index)
            weights[size_t(filter) * per_filter + index] = layer.weights[size_t(filter) * per_filter + index] * gamma;
        bias[size_t(filter)] = layer.bias[size_t(filter)] * gamma + affine.second[size_t(filter)];
    }
    dnnl::memory::dims kernel{layer.filters, layer.channels, layer.rows, layer.columns};
    dnnl::memory::desc weights_any(kernel, dt::f32, tag::any);
    dnnl::memory::desc bias_desc({layer.filters}, dt::f32, tag::x);
    long padding_right_rows = (output.rows - 1) * layer.stride + layer.rows - input.rows - layer.padding;
    long padding_right_columns = (output.columns - 1) * layer.stride + layer.columns - input.columns - layer.padding;
    dnnl::convolution_forward::desc description(
        dnnl::prop_kind::forward_inference, dnnl::algorithm::convolution_direct, activation_desc(input), weights_any,
        bias_desc, activation_desc(output), {layer.stride, layer.stride}, {layer.padding, layer.padding},
        {padding_right_rows, padding_right_columns});
    dnnl::post_ops operations;
    if (sum) operations.append_sum(1.0f);
    if (relu) operations.append_eltwise(1.0f, dnnl::algorithm::eltwise_relu, 0.0f, 0.0f);
    dnnl::primitive_attr attributes;
    attributes.set_post_ops(operations);
    attributes.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    dnnl_convolution made{input, output, {description, attributes, network.engine}, {}, {}, {}};
    made.primitive = dnnl::convolution_forward(made.descriptor);
    // Reorder the folded OIHW filters into the layout the chosen kernel reads, once.
    dnnl::memory plain({kernel, dt::f32, tag::oihw}, network.engine, weights.data());
    made.weights = dnnl::memory(made.descriptor.weights_desc(), network.engine);
    dnnl::stream stream(network.engine);
    dnnl::reorder(plain, made.weights).execute(stream, plain, made.weights);
    made.bias = dnnl::memory(bias_desc, network.engine);
    std::copy(bias.begin(), bias.end(), static_cast<float *>(made.bias.get_data_handle()));
    stream.wait();
    return made;
}

void run(const dnnl_convolution &convolution, dnnl_runner &runner, float *input, float *output) {
    const dnnl::engine &engine = runner.network->engine;
    dnnl::memory source(activation_desc(convolution.input), engine, input);
    dnnl::memory destination(activation_desc(convolution.output), engine, output);
    convolution.primitive.execute(runner.stream, {{DNNL_ARG_SRC, source},
                                                  {DNNL_ARG_WEIGHTS, convolution.weights},
                                                  {DNNL_ARG_BIAS, convolution.bias},
                                                  {DNNL_ARG_DST, destination},
                                                  {DNNL_ARG_SCRATCHPAD, runner.scratchpad}});
}

/// The shortcut of a down-sampling block: the 2x2 average of the input in its channels, zero elsewhere.
void pool_shortcut(const float *input, const shape &in, float *shortcut, const shape &sum) {
    std::fill(shortcut, shortcut + sum.size(), 0.0f);
    long rows = (in.rows - 2) / 2 + 1, columns = (in.columns - 2) / 2 + 1;
    for (long row = 0; row < rows; ++row)
        for (long column = 0; column < columns; ++column) {
            const float *a = input + ((2 * row) * in.columns + 2 * column) * in.channels;
            const float *b = a + in.channels;
            const float *c = a + in.columns * in.channels;
            const float *d = c + in.channels;
            float *target = shortcut + (row * sum.columns + column) * sum.channels;
            for (long channel = 0; channel < in.channels; ++channel)
                target[channel] = (a[channel] + b[channel] + c[channel] + d[channel]) / 4.0f;
        }
}

/// shortcut += block output (zero beyond its rows and columns), then ReLU over the whole sum.
void add_and_relu(float *shortcut, const shape &sum, const float *block, const shape &out) {
    for (long row = 0; row < out.rows; ++row)
        for (long column = 0; column < out.columns; ++column) {
            float *target = shortcut + (row * sum.columns + column) * sum.channels;
            const float *source = block + (row * out.columns + column) * out.channels;
            for (long channel = 0; channel < out.channels; ++channel) target[channel] += source[channel];
        }
    for (long index = 0; index < sum.size(); ++index) shortcut[index] = std::max(shortcut[index], 0.0f);
}

}  // namespace

bool dnnl_compiled_in() { return true; }

std::shared_ptr<const dnnl_network> dnnl_network_build(void *anet) {
    use_one_thread();
    auto &net = *static_cast<anet_type *>(anet);
    std::vector<dlib_convolution> convolutions;
    std::vector<std::pair<std::vector<float>, std::vector<float>>> affines;
    auto network = std::make_shared<dnnl_network>();
    dlib::visit_computational_layers(net, parameter_collector{&convolutions, &affines, &network->fully_connected});
    std::reverse(convolutions.begin(), convolutions.end());
    std::reverse(affines.begin(), affines.end());
    const size_t expected = 1 + 2 * (sizeof(blocks) / sizeof(blocks[0]));
    if (convolutions.size() != expected || affines.size() != expected)
        throw std::runtime_error("the descriptor network has " + std::to_string(convolutions.size()) + " convolutions and " +
                                 std::to_string(affines.size()) + " affine layers, not " + std::to_string(expected));
    const auto &input_layer = dlib::input_layer(net);
    network->mean_red = input_layer.get_avg_red();
    network->mean_green = input_layer.get_avg_green();
    network->mean_blue = input_layer.get_avg_blue();

    shape current{3, FE_CHIP_SIZE, FE_CHIP_SIZE};
    network->stem = make_convolution(*network, convolutions[0], affines[0], current, true, false);
    network->stem_activation = network->stem.output.size();
    size_t scratchpad = network->stem.descriptor.scratchpad_desc().get_size();
    current = network->stem.output;
    // dlib's max_pool<3,3,2,2>: no padding, size rounded down.
    network->pooled = shape{current.channels, output_size(current.rows, 3, 2, 0), output_size(current.columns, 3, 2, 0)};
    network->largest_activation = network->pooled.size();
    dnnl::pooling_forward::desc pooling(dnnl::prop_kind::forward_inference, dnnl::algorithm::pooling_max,
                                        activation_desc(current), activation_desc(network->pooled), {2, 2}, {3, 3},
                                        {0, 0},
                                        {(network->pooled.rows - 1) * 2 + 3 - current.rows,
                                         (network->pooled.columns - 1) * 2 + 3 - current.columns});
    dnnl::primitive_attr pool_attributes;
    pool_attributes.set_scratchpad_mode(dnnl::scratchpad_mode::user);
    network->pool_descriptor = dnnl::pooling_forward::primitive_desc(pooling, pool_attributes, network->engine);
    network->pool = dnnl::pooling_forward(network->pool_descriptor);
    scratchpad = std::max(scratchpad, network->pool_descriptor.scratchpad_desc().get_size());
    current = network->pooled;

    size_t layer = 1;
    for (const block_plan &plan : blocks) {
        const dlib_convolution &first = convolutions[layer], &second = convolutions[layer + 1];
        if (first.filters != plan.filters || second.filters != plan.filters || (first.stride == 2) != plan.down)
            throw std::runtime_error("convolution " + std::to_string(layer) + " of the descriptor network is not the expected " +
                                     std::to_string(plan.filters) + "-filter " + (plan.down ? "down-sampling " : "") + "layer");
        dnnl_block block;
        block.down = plan.down;
        block.first = make_convolution(*network, first, affines[layer], current, true, false);
        shape inner = block.first.output;
        if (plan.down) {
            shape pooled{current.channels, (current.rows - 2) / 2 + 1, (current.columns - 2) / 2 + 1};
            shape out{second.filters, output_size(inner.rows, second.rows, second.stride, second.padding),
                      output_size(inner.columns, second.columns, second.stride, second.padding)};
            block.sum = shape{std::max(pooled.channels, out.channels), std::max(pooled.rows, out.rows),
                              std::max(pooled.columns, out.columns)};
            block.fused_sum = out.rows == block.sum.rows && out.columns == block.sum.columns && out.channels == block.sum.channels;
        } else {
            block.sum = current;
            block.fused_sum = true;
        }
        block.second = make_convolution(*network, second, affines[layer + 1], inner, block.fused_sum, block.fused_sum);
        if (block.fused_sum && block.second.output.size() != block.sum.size())
            throw std::runtime_error("residual block " + std::to_string(layer / 2) + " adds unequal shapes");
        network->largest_activation = std::max({network->largest_activation, inner.size(), block.sum.size(),
                                                block.second.output.size()});
        scratchpad = std::max({scratchpad, block.first.descriptor.scratchpad_desc().get_size(),
                               block.second.descriptor.scratchpad_desc().get_size()});
        current = block.sum;
        network->blocks.push_back(std::move(block));
        layer += 2;
    }
    if (network->fully_connected.size() != size_t(current.channels * FE_DESCRIPTOR_LENGTH))
        throw std::runtime_error("the final layer has " + std::to_string(network->fully_connected.size()) + " weights, not " +
                                 std::to_string(current.channels) + " x 128");
    network->scratchpad_bytes = scratchpad;
    return network;
}

std::shared_ptr<dnnl_runner> dnnl_runner_make(std::shared_ptr<const dnnl_network> network) {
    auto runner = std::make_shared<dnnl_runner>();
    runner->network = network;
    runner->stream = dnnl::stream(network->engine);
    runner->input.resize(3 * FE_CHIP_SIZE * FE_CHIP_SIZE);
    // Only `inner` (buffers[1]) receives the stem's output; sizing all four for it kept 1.5 MB more of zeroed pages.
    for (size_t index = 0; index < std::size(runner->buffers); ++index)
        runner->buffers[index].resize(size_t(index == 1 ? std::max(network->stem_activation, network->largest_activation)
                                                        : network->largest_activation));
    runner->scratchpad_bytes.resize(std::max<size_t>(network->scratchpad_bytes, 1));
    runner->scratchpad = dnnl::memory({{static_cast<long>(runner->scratchpad_bytes.size())}, dt::u8, tag::x},
                                      network->engine, runner->scratchpad_bytes.data());
    return runner;
}

void dnnl_runner_compute(dnnl_runner &runner, const uint8_t *chip, float *descriptor) {
    use_one_thread();
    const dnnl_network &network = *runner.network;
    float *input = runner.input.data();
    for (long pixel = 0; pixel < FE_CHIP_SIZE * FE_CHIP_SIZE; ++pixel) {
        // As dlib's input_rgb_image: (value - mean) / 256, in float.
        input[3 * pixel + 0] = (float(chip[3 * pixel + 0]) - network.mean_red) / 256.0f;
        input[3 * pixel + 1] = (float(chip[3 * pixel + 1]) - network.mean_green) / 256.0f;
        input[3 * pixel + 2] = (float(chip[3 * pixel + 2]) - network.mean_blue) / 256.0f;
    }
    float *x = runner.buffers[0].data(), *inner = runner.buffers[1].data();
    float *spare = runner.buffers[2].data(), *block_out = runner.buffers[3].data();
    run(network.stem, runner, input, inner);
    dnnl::memory pool_source(activation_desc(network.stem.output), network.engine, inner);
    dnnl::memory pool_destination(activation_desc(network.pooled), network.engine, x);
    network.pool.execute(runner.stream, {{DNNL_ARG_SRC, pool_source}, {DNNL_ARG_DST, pool_destination},
                                         {DNNL_ARG_SCRATCHPAD, runner.scratchpad}});
    for (const dnnl_block &block : network.blocks) {
        run(block.first, runner, x, inner);
        if (!block.down) {
            run(block.second, runner, inner, x);  // x = relu(x + block(x)), in place
            continue;
        }
        pool_shortcut(x, block.first.input, spare, block.sum);
        if (block.fused_sum) {
            run(block.second, runner, inner, spare);
        } else {
            run(block.second, runner, inner, block_out);
            runner.stream.wait();
            add_and_relu(spare, block.sum, block_out, block.second.output);
        }
        std::swap(x, spare);
    }
    runner.stream.wait();
    // avg_pool_everything, then fc_no_bias: descriptor[j] = sum_i mean_i * W[i][j].
    const shape &last = network.blocks.back().sum;
    std::vector<float> means(size_t(last.channels), 0.0f);
    for (long position = 0; position < last.rows * last.columns; ++position)
        for (long channel = 0; channel < last.channels; ++channel) means[size_t(channel)] += x[position * last.channels + channel];
    for (float &mean : means) mean /= float(last.rows * last.columns);
    for (long output = 0; output < FE_DESCRIPTOR_LENGTH; ++output) descriptor[output] = 0.0f;
    for (long channel = 0; channel < last.channels; ++channel) {
        const float *row = network.fully_connected.data() + channel * FE_DESCRIPTOR_LENGTH;
        for (long output = 0; output < FE_DESCRIPTOR_LENGTH; ++output) descriptor[output] += means[size_t(channel)] * row[output];
    }
}

}  // namespace fe

#else

namespace fe {

bool dnnl_compiled_in() { return false; }

std::shared_ptr<const dnnl_network> dnnl_network_build(void *) {
    throw std::runtime_error("this build has no oneDNN (libdnnl-dev was not installed when it was compiled)");
}

std::shared_ptr<dnnl_runner> dnnl_runner_make(std::shared_ptr<const dnnl_network>) {
    throw std::runtime_error("this build has no oneDNN");
}

void dnnl_runner_compute(dnnl_runner &, const uint8_t *, float *) { throw std::runtime_error("this build has no oneDNN"); }

}  // namespace fe

#endif
