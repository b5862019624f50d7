// The gallery search, here because this target is built with -O3 even in debug builds.
#include "CDlibFace.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// int16 differences squared into int32: the loop the compiler vectorises (pmaddwd).
inline int32_t squared_distance_int8(const int8_t *code, const int8_t *query, size_t length) {
    int32_t sum = 0;
    for (size_t element = 0; element < length; ++element) {
        int16_t difference = int16_t(int16_t(code[element]) - int16_t(query[element]));
        sum += int32_t(difference) * int32_t(difference);
    }
    return sum;
}

// Float error of the bound arithmetic itself, far below any distance that matters.
constexpr float bound_slack = 1e-4f;

// The scan reads every template, so it gets AVX-512 and AVX2 copies, picked at load time by the CPU it
// runs on (the default binary still runs on any x86-64).
#if defined(__x86_64__) && defined(__clang__) && defined(__ELF__)
#define FE_SCAN_CLONES __attribute__((target_clones("avx512bw", "avx2", "default")))
#else
#define FE_SCAN_CLONES
#endif

// Approximate distance of every template from its int8 code. Descriptors have 128 values: that length
// gets a loop the compiler unrolls completely.
FE_SCAN_CLONES
void approximate_distances(const int8_t *codes, const int8_t *query, size_t count, size_t length, float scale,
                           float *approximate) {
    if (length == 128) {
        for (size_t index = 0; index < count; ++index)
            approximate[index] = std::sqrt(float(squared_distance_int8(codes + index * 128, query, 128))) / scale;
    } else {
        for (size_t index = 0; index < count; ++index)
            approximate[index] = std::sqrt(float(squared_distance_int8(codes + index * length, query, length))) / scale;
    }
}

}  // namespace

extern "C" float fe_distance_f32(const float *a, const float *b, size_t length) {
    float sum = 0;
    for (size_t element = 0; element < length; ++element) {
        float difference = a[element] - b[element];
        sum += difference * difference;
    }
    return std::sqrt(sum);
}

extern "C" void fe_gallery_search(const int8_t *codes, const float *residuals, const float *vectors,
                                  const int32_t *employee_of_template, size_t count, size_t length,
                                  int32_t employee_count, float scale, const float *query, fe_gallery_result *result) {
    const float infinity = std::numeric_limits<float>::infinity();
    *result = fe_gallery_result{-1, infinity, -1, infinity, 0};
    if (count == 0 || employee_count <= 0) return;

    // Quantise the query like the templates, keeping its own quantisation error for the bound.
    std::vector<int8_t> quantised(length);
    float query_residual_squared = 0;
    for (size_t element = 0; element < length; ++element) {
        float value = std::max(-127.0f, std::min(127.0f, std::nearbyint(query[element] * scale)));
        quantised[element] = int8_t(value);
        float error = query[element] - value / scale;
        query_residual_squared += error * error;
    }
    const float query_residual = std::sqrt(query_residual_squared);

    // Pass 1: approximate distance of every template, and each employee's upper bound on its best.
    thread_local std::vector<float> approximate;
    thread_local std::vector<float> upper;
    approximate.resize(count);
    upper.assign(size_t(employee_count), infinity);
    approximate_distances(codes, quantised.data(), count, length, scale, approximate.data());
    for (size_t index = 0; index < count; ++index) {
        float bound = approximate[index] + residuals[index] + query_residual + bound_slack;
        int32_t employee = employee_of_template[index];
        if (bound < upper[size_t(employee)]) upper[size_t(employee)] = bound;
    }
    // The two best employees are at most as far as the second-smallest upper bound (the smallest, when
    // there is one employee).
    float first = infinity, second = infinity;
    for (float bound : upper) {
        if (bound < first) { second = first; first = bound; }
        else if (bound < second) second = bound;
    }
    const float limit = employee_count > 1 ? second : first;

    // Pass 2: exact distances for the templates whose lower bound is within the limit.
    thread_local std::vector<float> exact;
    exact.assign(size_t(employee_count), infinity);
    int32_t checked = 0;
    for (size_t index = 0; index < count; ++index) {
        float lower = approximate[index] - residuals[index] - query_residual - bound_slack;
        if (lower > limit) continue;
        float distance = fe_distance_f32(vectors + index * length, query, length);
        ++checked;
        int32_t employee = employee_of_template[index];
        if (distance < exact[size_t(employee)]) exact[size_t(employee)] = distance;
    }
    for (int32_t employee = 0; employee < employee_count; ++employee) {
        float distance = exact[size_t(employee)];
        if (distance < result->best_distance) {
            result->second_employee = result->best_employee;
            result->second_distance = result->best_distance;
            result->best_employee = employee;
            result->best_distance = distance;
        } else if (distance < result->second_distance) {
            result->second_employee = employee;
            result->second_distance = distance;
        }
    }
    result->exact_checked = checked;
}
