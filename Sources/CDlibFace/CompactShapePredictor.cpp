// dlib's shape predictor with its leaves in one array (see CompactShapePredictor.hpp).
#include "CompactShapePredictor.hpp"

#include "FaceTypes.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace fe {

compact_shape_predictor::compact_shape_predictor(std::istream &in, leaf_encoding encoding) : encoding_(encoding) {
    // The reads follow dlib's deserialize(shape_predictor&), with the forests' vectors taken apart so that each
    // tree is converted as soon as it is read.
    int version = 0;
    dlib::deserialize(version, in);
    if (version != 1) throw dlib::serialization_error("unexpected version " + std::to_string(version) + " of dlib::shape_predictor");
    dlib::deserialize(initial_shape_, in);
    if (initial_shape_.size() == 0 || initial_shape_.size() % 2 != 0)
        throw std::runtime_error("the initial shape has " + std::to_string(initial_shape_.size()) + " values, not a positive even number");
    unsigned long stages = 0;
    dlib::deserialize(stages, in);
    cascades_.resize(stages);
    dlib::impl::regression_tree read;
    for (cascade &stage : cascades_) {
        unsigned long count = 0;
        dlib::deserialize(count, in);
        stage.first_tree = uint32_t(trees_.size());
        stage.trees = uint32_t(count);
        for (unsigned long index = 0; index < count; ++index) {
            deserialize(read, in);  // a friend of regression_tree, found by argument lookup
            if (index == 0) {
                // Every tree of a cascade has the same depth: reserve once instead of growing by doubling.
                size_t leaves = read.leaf_values.size() * count * size_t(initial_shape_.size());
                if (encoding_ == leaf_encoding::float32) leaves_float_.reserve(leaves_float_.size() + leaves);
                else {
                    leaves_int16_.reserve(leaves_int16_.size() + leaves);
                    leaf_scales_.reserve(leaf_scales_.size() + read.leaf_values.size() * count);
                }
                splits_.reserve(splits_.size() + read.splits.size() * count);
                trees_.reserve(trees_.size() + count);
            }
            add_tree(read.splits, read.leaf_values);
        }
    }
    std::vector<std::vector<unsigned long>> anchors;
    std::vector<std::vector<dlib::vector<float, 2>>> deltas;
    dlib::deserialize(anchors, in);
    dlib::deserialize(deltas, in);
    if (anchors.size() != stages || deltas.size() != stages)
        throw std::runtime_error("the predictor has " + std::to_string(stages) + " cascades but pixel anchors for " +
                                 std::to_string(anchors.size()) + " and offsets for " + std::to_string(deltas.size()));
    for (size_t index = 0; index < stages; ++index) {
        cascade &stage = cascades_[index];
        if (anchors[index].size() != deltas[index].size())
            throw std::runtime_error("cascade " + std::to_string(index) + " has " + std::to_string(anchors[index].size()) +
                                     " pixel anchors but " + std::to_string(deltas[index].size()) + " offsets");
        for (unsigned long anchor : anchors[index])
            if (anchor >= num_parts())
                throw std::runtime_error("cascade " + std::to_string(index) + " anchors a pixel on landmark " +
                                         std::to_string(anchor) + " of " + std::to_string(num_parts()));
        stage.features = uint32_t(anchors[index].size());
        stage.anchor_index = std::move(anchors[index]);
        stage.deltas = std::move(deltas[index]);
        for (uint32_t tree_index = stage.first_tree; tree_index < stage.first_tree + stage.trees; ++tree_index) {
            const tree &node = trees_[tree_index];
            for (uint32_t split_index = 0; split_index < node.splits; ++split_index) {
                const split &test = splits_[node.first_split + split_index];
                if (test.first >= stage.features || test.second >= stage.features)
                    throw std::runtime_error("a tree of cascade " + std::to_string(index) + " reads pixel " +
                                             std::to_string(std::max(test.first, test.second)) + " of " +
                                             std::to_string(stage.features));
            }
        }
    }
}

void compact_shape_predictor::add_tree(const std::vector<dlib::impl::split_feature> &splits,
                                       const std::vector<dlib::matrix<float, 0, 1>> &leaves) {
    const size_t length = size_t(initial_shape_.size());
    // dlib's trees are complete (leaves a power of two, one more than the splits): the walk below relies on it.
    if (leaves.size() != splits.size() + 1 || (leaves.size() & (leaves.size() - 1)) != 0)
        throw std::runtime_error("a tree has " + std::to_string(splits.size()) + " splits and " + std::to_string(leaves.size()) +
                                 " leaves, not a complete binary tree");
    if (splits.size() > std::numeric_limits<uint16_t>::max())
        throw std::runtime_error("a tree has " + std::to_string(splits.size()) + " splits");
    trees_.push_back(tree{uint32_t(splits_.size()), leaf_count_, uint16_t(splits.size())});
    leaf_count_ += uint32_t(leaves.size());
    for (const dlib::impl::split_feature &feature : splits) {
        if (feature.idx1 > std::numeric_limits<uint16_t>::max() || feature.idx2 > std::numeric_limits<uint16_t>::max())
            throw std::runtime_error("a split reads pixel " + std::to_string(std::max(feature.idx1, feature.idx2)));
        splits_.push_back(split{uint16_t(feature.idx1), uint16_t(feature.idx2), feature.thresh});
    }
    for (const dlib::matrix<float, 0, 1> &leaf : leaves) {
        if (size_t(leaf.size()) != length)
            throw std::runtime_error("a leaf has " + std::to_string(leaf.size()) + " values, not " + std::to_string(length));
        if (encoding_ == leaf_encoding::float32) {
            leaves_float_.insert(leaves_float_.end(), &leaf(0), &leaf(0) + length);
            continue;
        }
        float largest = 0;
        for (size_t index = 0; index < length; ++index) largest = std::max(largest, std::fabs(leaf(long(index))));
        const float scale = largest / 32767.0f;
        leaf_scales_.push_back(scale);
        for (size_t index = 0; index < length; ++index)
            leaves_int16_.push_back(scale == 0 ? int16_t(0) : int16_t(std::lrint(leaf(long(index)) / scale)));
    }
}

void compact_shape_predictor::add_leaf(float *shape, uint32_t leaf) const {
    const size_t length = size_t(initial_shape_.size());
    if (encoding_ == leaf_encoding::float32) {
        const float *values = &leaves_float_[size_t(leaf) * length];
        for (size_t index = 0; index < length; ++index) shape[index] += values[index];
        return;
    }
    const int16_t *codes = &leaves_int16_[size_t(leaf) * length];
    const float scale = leaf_scales_[leaf];
    for (size_t index = 0; index < length; ++index) shape[index] += float(codes[index]) * scale;
}

dlib::full_object_detection compact_shape_predictor::operator()(const rgb_view &image, const dlib::rectangle &box) const {
    // dlib's shape_predictor::operator(), step for step: the same feature pixels, the same tree walk, the same
    // additions in the same order, the same transform back to the image.
    dlib::matrix<float, 0, 1> current = initial_shape_;
    std::vector<float> features;
    for (const cascade &stage : cascades_) {
        dlib::impl::extract_feature_pixel_values(image, box, current, initial_shape_, stage.anchor_index, stage.deltas, features);
        float *shape = &current(0);
        for (uint32_t tree_index = stage.first_tree; tree_index < stage.first_tree + stage.trees; ++tree_index) {
            const tree &node = trees_[tree_index];
            const split *tests = &splits_[node.first_split];
            uint32_t at = 0;
            while (at < node.splits) {
                const split &test = tests[at];
                at = features[test.first] - features[test.second] > test.threshold ? 2 * at + 1 : 2 * at + 2;
            }
            add_leaf(shape, node.first_leaf + (at - node.splits));
        }
    }
    const dlib::point_transform_affine to_image = dlib::impl::unnormalizing_tform(box);
    std::vector<dlib::point> parts(size_t(current.size() / 2));
    for (unsigned long index = 0; index < parts.size(); ++index) parts[index] = to_image(dlib::impl::location(current, index));
    return dlib::full_object_detection(box, parts);
}

size_t compact_shape_predictor::tree_bytes() const {
    return trees_.capacity() * sizeof(tree) + splits_.capacity() * sizeof(split) + leaves_float_.capacity() * sizeof(float) +
           leaves_int16_.capacity() * sizeof(int16_t) + leaf_scales_.capacity() * sizeof(float);
}

}  // namespace fe
