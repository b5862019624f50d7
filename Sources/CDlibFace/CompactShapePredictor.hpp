// Internal to CDlibFace: dlib's shape predictor (an ensemble of regression trees, Kazemi & Sullivan 2014)
// held compactly and evaluated with dlib's own geometry.
//
// dlib keeps every leaf as its own heap matrix: the 68-point model's 120,000 leaves of 136 floats take ~72 MB
// resident, the 5-point model's ~12 MB. Here the leaves are one contiguous array, float32 (identical landmarks
// to dlib's: 66 MB and 6 MB) or int16 with one scale per leaf (33 MB for the 68-point model). int8 codes (18 MB)
// were tried and changed two liveness decisions on the liveness material; int16 codes are 256 times finer.
#pragma once

#include <dlib/geometry.h>
#include <dlib/image_processing/full_object_detection.h>
#include <dlib/image_processing/shape_predictor.h>
#include <dlib/matrix.h>

#include <cstdint>
#include <istream>
#include <vector>

namespace fe {

struct rgb_view;

/// How a compact predictor stores its leaf vectors.
enum class leaf_encoding {
    /// The exact float32 values: landmarks identical to dlib's.
    float32,
    /// int16 codes with one float32 scale per leaf (its largest magnitude over 32,767): half the memory, each
    /// value within 1/65,534 of its leaf's largest.
    int16,
};

class compact_shape_predictor {
public:
    /// Reads dlib's serialised `shape_predictor` (version 1) from `in`, converting each tree as it is read so
    /// dlib's per-leaf matrices never exist all at once. Throws dlib::serialization_error on a bad stream and
    /// std::runtime_error on a tree dlib could not have written (indices out of range, leaves not splits + 1).
    compact_shape_predictor(std::istream &in, leaf_encoding encoding);

    /// Number of landmarks placed.
    unsigned long num_parts() const { return static_cast<unsigned long>(initial_shape_.size() / 2); }

    /// The landmarks of the face in `box`, as dlib's shape_predictor::operator() computes them. Const and
    /// stateless: threads may share one predictor.
    dlib::full_object_detection operator()(const rgb_view &image, const dlib::rectangle &box) const;

    /// Bytes held by the trees (splits, leaves, scales), for the memory breakdown.
    size_t tree_bytes() const;

private:
    struct split {
        uint16_t first;
        uint16_t second;
        float threshold;
    };
    struct tree {
        uint32_t first_split;
        uint32_t first_leaf;  // a leaf number: its values start at first_leaf * the shape's length
        uint16_t splits;
    };
    struct cascade {
        std::vector<unsigned long> anchor_index;
        std::vector<dlib::vector<float, 2>> deltas;
        uint32_t first_tree = 0;
        uint32_t trees = 0;
        uint32_t features = 0;
    };

    leaf_encoding encoding_;
    dlib::matrix<float, 0, 1> initial_shape_;
    std::vector<cascade> cascades_;
    std::vector<tree> trees_;
    std::vector<split> splits_;
    std::vector<float> leaves_float_;
    std::vector<int16_t> leaves_int16_;
    std::vector<float> leaf_scales_;  // int16 only
    uint32_t leaf_count_ = 0;

    void add_tree(const std::vector<dlib::impl::split_feature> &splits,
                  const std::vector<dlib::matrix<float, 0, 1>> &leaves);
    void add_leaf(float *shape, uint32_t leaf) const;
};

}  // namespace fe
