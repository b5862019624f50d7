// CDlibFace: a plain C API over dlib's face pipeline (HOG detector, 5-point landmarks, aligned 150x150 chip,
// ResNet 128-D descriptor), photo decoding, and the gallery's quantised scan.
//
// Only plain C types cross this header. Every function that can fail returns 0 on success and a non-zero
// code otherwise, writing a NUL-terminated message into `error` (at most `error_capacity` bytes); no C++
// exception ever crosses it.
#ifndef CDLIBFACE_H
#define CDLIBFACE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Side of the aligned face chip the descriptor network reads (pixels).
#define FE_CHIP_SIZE 150
/// Number of values in a face descriptor.
#define FE_DESCRIPTOR_LENGTH 128
/// Number of landmarks the 5-point shape predictor places.
#define FE_LANDMARK_COUNT 5

/// The networks and detector loaded once per process; immutable, shared by every engine.
typedef struct fe_models fe_models;
/// One worker's private copies of the networks and detector (dlib's objects are not thread-safe).
typedef struct fe_engine fe_engine;

/// A read-only RGB8 image: `height` rows of `width` pixels, rows `bytes_per_row` apart.
typedef struct fe_image {
    const uint8_t *pixels;
    int32_t width;
    int32_t height;
    int32_t bytes_per_row;
} fe_image;

/// A face box in image pixels (right and bottom inclusive, as dlib's rectangles) with the detector's score.
typedef struct fe_box {
    int32_t left;
    int32_t top;
    int32_t right;
    int32_t bottom;
    double score;
} fe_box;

/// The five landmarks (eye corners and the base of the nose) of one face, in image pixels.
typedef struct fe_landmarks {
    fe_box box;
    int32_t x[FE_LANDMARK_COUNT];
    int32_t y[FE_LANDMARK_COUNT];
} fe_landmarks;

/// Time spent in each phase of `fe_models_load`, in seconds.
typedef struct fe_load_timing {
    double descriptor_network;
    double shape_predictor;
    double total;
} fe_load_timing;

/// Returns freed heap memory to the system (glibc's malloc_trim(0), which Swift's Glibc module lacks), and
/// on Linux releases the resident pages of private file mappings that still equal the file (code and data,
/// much of it used only at start-up: they are read or mapped back when used again; written pages are kept);
/// returns 1 if memory was released.
int fe_malloc_trim(void);

/// Sets OpenBLAS to `threads` threads when OpenBLAS is the BLAS in use; returns 1 if it was, 0 otherwise.
int fe_set_blas_threads(int threads);

/// dlib's HOG frontal face detector, built (about 0.3 s) before the networks are joined to it.
typedef struct fe_detector fe_detector;

/// Builds the HOG frontal face detector (dlib's get_frontal_face_detector), so the caller can overlap it
/// with reading and verifying the model files.
int fe_detector_build(fe_detector **detector, double *seconds, char *error, size_t error_capacity);

/// Releases a detector that was not passed to `fe_models_load`.
void fe_detector_free(fe_detector *detector);

/// Deserialises both networks from memory (the verified bytes of each model file), in two threads, and
/// joins them with `detector`, which it takes over (also on failure).
int fe_models_load(const uint8_t *descriptor_network, size_t descriptor_network_length,
                   const uint8_t *shape_predictor, size_t shape_predictor_length, fe_detector *detector,
                   fe_models **models, fe_load_timing *timing, char *error, size_t error_capacity);

/// Releases models loaded by `fe_models_load`. Engines made from them must be released first.
void fe_models_free(fe_models *models);

/// Makes an engine holding copies of the loaded networks and detector (no file is read).
int fe_engine_create(const fe_models *models, fe_engine **engine, char *error, size_t error_capacity);

/// Releases an engine.
void fe_engine_free(fe_engine *engine);

/// Detects frontal faces on a grey copy of `image` scaled by `scale` (0 < scale <= 1) and upsampled
/// `upsample` times. Writes up to `capacity` boxes in full-image pixels, largest first, and the number
/// found (which may exceed `capacity`) into `count`.
int fe_detect(fe_engine *engine, fe_image image, double scale, int32_t upsample,
              fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity);

/// Places the five landmarks of the face in `box`.
int fe_landmarks_find(fe_engine *engine, fe_image image, fe_box box, fe_landmarks *landmarks,
                      char *error, size_t error_capacity);

/// Extracts the aligned chip dlib's recogniser expects (get_face_chip_details(shape, 150, 0.25)) into
/// `chip`, FE_CHIP_SIZE * FE_CHIP_SIZE * 3 bytes of packed RGB8.
int fe_chip_extract(fe_image image, const fe_landmarks *landmarks, uint8_t *chip,
                    char *error, size_t error_capacity);

/// Computes the 128-D descriptor of an aligned chip (packed RGB8, FE_CHIP_SIZE square).
int fe_descriptor_compute(fe_engine *engine, const uint8_t *chip, float *descriptor,
                          char *error, size_t error_capacity);

/// Decodes a JPEG or PNG file (alpha dropped, grey expanded) into packed RGB8. The caller releases
/// `*pixels` with `fe_buffer_free`.
int fe_image_decode(const char *path, uint8_t **pixels, int32_t *width, int32_t *height,
                    char *error, size_t error_capacity);

/// Writes packed RGB8 pixels as a binary PPM (P6) file.
int fe_image_write_ppm(const char *path, fe_image image, char *error, size_t error_capacity);

/// Resizes `image` with bilinear interpolation into `pixels` (packed RGB8, `width` x `height`).
int fe_image_resize(fe_image image, uint8_t *pixels, int32_t width, int32_t height,
                    char *error, size_t error_capacity);

/// Releases a buffer allocated by this library.
void fe_buffer_free(void *buffer);

/// The two nearest employees of a gallery search, with their exact distances.
typedef struct fe_gallery_result {
    int32_t best_employee;    // -1 when the gallery is empty
    float best_distance;
    int32_t second_employee;  // -1 when the gallery has one employee
    float second_distance;
    int32_t exact_checked;    // templates whose exact float32 distance was computed
} fe_gallery_result;

/// Finds the nearest and runner-up employees of `query` over `count` templates of `length` values.
///
/// `codes` holds each template quantised to int8 (value * `scale`, rounded), `residuals` the euclidean
/// norm of each template's quantisation error, `vectors` the exact float32 templates, and
/// `employee_of_template` each template's employee index (0..<employee_count), all contiguous. An int8
/// scan bounds every exact distance within residual(template) + residual(query); only templates whose
/// lower bound can reach the two best employees are re-ranked exactly, so the result equals an exact
/// brute-force search.
void fe_gallery_search(const int8_t *codes, const float *residuals, const float *vectors,
                       const int32_t *employee_of_template, size_t count, size_t length,
                       int32_t employee_count, float scale, const float *query, fe_gallery_result *result);

/// Exact euclidean distance between two float vectors of `length` values.
float fe_distance_f32(const float *a, const float *b, size_t length);

// MARK: - Photo and enrolment pipeline (issue #17): colour HOG, the CNN fallback, jittered descriptors.
// Slow paths for photos and enrolment only; the door's per-frame path stays on fe_detect (grey, downscaled).

/// Detects frontal faces with HOG on the colour image (dlib's detector reads the strongest gradient of the
/// three channels, as face_recognition does), upsampled `upsample` times (0...3). Writes up to `capacity`
/// boxes in image pixels, largest first, and the number found into `count`.
int fe_detect_colour(fe_engine *engine, fe_image image, int32_t upsample,
                     fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity);

/// Computes the mean descriptor of `jitters` randomly jittered copies of an aligned chip (dlib's
/// jitter_image: small rotation, scale, shift and mirror), as face_recognition's `num_jitters`. The
/// generator is seeded with `seed` on every call, so the result is deterministic. `jitters` is 1...100.
int fe_descriptor_compute_jittered(fe_engine *engine, const uint8_t *chip, int32_t jitters, uint64_t seed,
                                   float *descriptor, char *error, size_t error_capacity);

/// dlib's CNN face detector (MMOD, mmod_human_face_detector.dat), loaded once and copied per thread.
typedef struct fe_cnn_detector fe_cnn_detector;

/// Deserialises the MMOD network from the verified bytes of its model file.
int fe_cnn_detector_load(const uint8_t *bytes, size_t length, fe_cnn_detector **detector,
                         char *error, size_t error_capacity);

/// Makes a private copy of a loaded detector for one thread (dlib's networks are not thread-safe).
int fe_cnn_detector_copy(const fe_cnn_detector *detector, fe_cnn_detector **copy, char *error, size_t error_capacity);

/// Releases a CNN detector.
void fe_cnn_detector_free(fe_cnn_detector *detector);

/// Detects faces with the CNN on `image` resized by `scale` (0 < scale <= 4; the network finds faces from
/// about 40 pixels of the image it reads). Writes up to `capacity` boxes in full-image pixels, largest
/// first, and the number found into `count`. Seconds per megapixel on a CPU: a fallback, never per frame.
int fe_cnn_detect(fe_cnn_detector *detector, fe_image image, double scale,
                  fe_box *boxes, int32_t capacity, int32_t *count, char *error, size_t error_capacity);

// MARK: - Descriptor backends (issue #16): oneDNN with dlib's weights, dlib's own forward as the fallback

/// Which code computes descriptors: dlib's own forward, or oneDNN running dlib's network with dlib's weights.
typedef enum fe_descriptor_backend {
    FE_DESCRIPTOR_DLIB = 0,
    FE_DESCRIPTOR_ONEDNN = 1,
} fe_descriptor_backend;

/// 1 when this library was compiled with oneDNN (libdnnl-dev present at build time), 0 otherwise.
int32_t fe_onednn_compiled_in(void);

/// What `fe_models_choose_descriptor_backend` decided and why.
typedef struct fe_backend_choice {
    int32_t backend;          // fe_descriptor_backend
    double check_distance;    // L2 between the two backends on the check chip (-1 when not checked)
    double seconds;           // time to build and check oneDNN's network
    char note[256];           // why dlib was kept, or empty
} fe_backend_choice;

/// Picks the descriptor backend of `models`, once, before any engine is made: when oneDNN is compiled in and
/// `allow_onednn` is non-zero, builds its network from the loaded dlib network's weights and checks it
/// against dlib's forward on a synthetic chip (L2 <= 1e-5); on any failure keeps dlib and says why in
/// `choice->note`. Never fails: dlib is always there.
void fe_models_choose_descriptor_backend(fe_models *models, int32_t allow_onednn, fe_backend_choice *choice);

/// The backend engines made by `fe_engine_create` use.
int32_t fe_models_descriptor_backend(const fe_models *models);

/// Like `fe_engine_create`, with an explicit descriptor backend (FE_DESCRIPTOR_ONEDNN needs the models to
/// have chosen it).
int fe_engine_create_with_backend(const fe_models *models, int32_t backend, fe_engine **engine,
                                  char *error, size_t error_capacity);

/// The descriptor backend of an engine.
int32_t fe_engine_descriptor_backend(const fe_engine *engine);

/// Drops dlib's copy of the descriptor weights (~22 MB) when the models chose oneDNN, which keeps its own;
/// engines with the dlib backend cannot be made afterwards. Returns 1 when released, 0 otherwise.
int32_t fe_models_release_dlib_descriptor(fe_models *models);

/// Caps glibc's malloc arenas (M_ARENA_MAX) at `arenas`: by default every thread that allocates may get its
/// own arena (up to 8 per core), each keeping freed memory. Also fixes the mmap threshold at 128 KiB, so
/// frames and other large buffers are mapped and unmapped instead of fragmenting the arenas. Returns 1 when
/// set, 0 off glibc.
int fe_malloc_arena_max(int arenas);

// MARK: - 68-point landmarks for liveness (issue #15): eye aspect ratio and non-rigid motion

/// Number of landmarks dlib's 68-point shape predictor places (iBUG 300-W's layout).
#define FE_SHAPE68_COUNT 68

/// dlib's 68-point shape predictor (shape_predictor_68_face_landmarks.dat), loaded once with its leaves as int16
/// codes (one scale per leaf) in one array: ~33 MB instead of dlib's ~72 MB, landmarks within dlib's own
/// one-pixel jitter of dlib's. Placing landmarks only reads it, so every thread may share one model.
typedef struct fe_shape68 fe_shape68;

/// Deserialises the 68-point predictor from the verified bytes of its model file.
int fe_shape68_load(const uint8_t *bytes, size_t length, fe_shape68 **model, char *error, size_t error_capacity);

/// Releases a 68-point predictor.
void fe_shape68_free(fe_shape68 *model);

/// Places the 68 landmarks of the face in `box`: writes x0, y0, x1, y1, ... (2 * FE_SHAPE68_COUNT values,
/// image pixels) into `xy`.
int fe_shape68_find(const fe_shape68 *model, fe_image image, fe_box box, double *xy, char *error, size_t error_capacity);

/// dlib's own shape predictor (any number of landmarks), as dlib loads it: the reference the compact predictors
/// behind `fe_landmarks_find` and `fe_shape68_find` are held to by the tests. The door never loads it.
typedef struct fe_shape_reference fe_shape_reference;

/// Deserialises a shape predictor file's bytes with dlib.
int fe_shape_reference_load(const uint8_t *bytes, size_t length, fe_shape_reference **model,
                            char *error, size_t error_capacity);

/// Releases a reference predictor.
void fe_shape_reference_free(fe_shape_reference *model);

/// Number of landmarks the reference predictor places.
int32_t fe_shape_reference_parts(const fe_shape_reference *model);

/// Places the landmarks of the face in `box` with dlib's own predictor: writes x0, y0, x1, y1, ...
/// (2 * fe_shape_reference_parts values, image pixels) into `xy`.
int fe_shape_reference_find(const fe_shape_reference *model, fe_image image, fe_box box, double *xy,
                            char *error, size_t error_capacity);

/// Warps `image` into `pixels` (packed RGB8, `width` x `height`): each output pixel (x, y) reads the input at
/// the homography `target_to_source` (9 values, row by row) applied to (x, y), bilinearly; outside is black.
int fe_image_warp(fe_image image, const double *target_to_source, uint8_t *pixels, int32_t width, int32_t height,
                  char *error, size_t error_capacity);

#ifdef __cplusplus
}
#endif

#endif
