"""The Python anchor of the face benchmark: dlib's own Python binding (as face_recognition 1.3.0 uses it)
on the same frames and settings as the Swift benchmark, printed side by side with the ratio.

Usage: python bench_anchor.py SWIFT_REPORT_JSON FRAMES_DIR MODELS_DIR
"""
import json
import multiprocessing
import statistics
import sys
import time
from pathlib import Path

import dlib
import numpy as np
from PIL import Image


def resident_bytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def median_ms(samples):
    return statistics.median(samples) * 1000 if samples else float("nan")


class Anchor:
    def __init__(self, models_dir: Path):
        start = time.perf_counter()
        self.detector = dlib.get_frontal_face_detector()
        self.predictor = dlib.shape_predictor(str(models_dir / "shape_predictor_5_face_landmarks.dat"))
        self.encoder = dlib.face_recognition_model_v1(str(models_dir / "dlib_face_recognition_resnet_model_v1.dat"))
        self.load_seconds = time.perf_counter() - start

    def frame(self, image, upsample):
        """face_recognition's way: face_locations, then face_encodings of the largest face."""
        faces = self.detector(image, upsample)
        if not faces:
            return None
        largest = max(faces, key=lambda rect: rect.area())
        shape = self.predictor(image, largest)
        return np.array(self.encoder.compute_face_descriptor(image, shape, 1))


def worker(arguments):
    models_dir, frames, upsample, count = arguments
    anchor = Anchor(Path(models_dir))
    images = [np.array(Image.open(path).convert("RGB")) for path in frames]
    start = time.perf_counter()
    for index in range(count):
        anchor.frame(images[index % len(images)], upsample)
    return start, time.perf_counter()


def main() -> None:
    swift = json.loads(Path(sys.argv[1]).read_text())
    frames_dir, models_dir = Path(sys.argv[2]), Path(sys.argv[3])
    upsample = swift["upsample"]
    frame_paths = sorted(frames_dir.glob("frame-*.ppm"))
    images = [np.array(Image.open(path).convert("RGB")) for path in frame_paths]
    anchor = Anchor(models_dir)
    rss_after_load = resident_bytes()

    samples = {key: [] for key in ["detect_up0", "detect_up1", "detect_kiosk", "landmarks", "chip", "descriptor", "frame"]}
    for image in images:
        for _ in range(3):
            for level in (0, 1):
                start = time.perf_counter()
                faces = anchor.detector(image, level)
                samples[f"detect_up{level}"].append(time.perf_counter() - start)
            start = time.perf_counter()
            faces = anchor.detector(image, upsample)
            samples["detect_kiosk"].append(time.perf_counter() - start)
            if not faces:
                continue
            largest = max(faces, key=lambda rect: rect.area())
            start = time.perf_counter()
            shape = anchor.predictor(image, largest)
            samples["landmarks"].append(time.perf_counter() - start)
            start = time.perf_counter()
            chip = dlib.get_face_chip(image, shape, 150, 0.25)
            samples["chip"].append(time.perf_counter() - start)
            start = time.perf_counter()
            anchor.encoder.compute_face_descriptor(chip)
            samples["descriptor"].append(time.perf_counter() - start)
            start = time.perf_counter()
            anchor.frame(image, upsample)
            samples["frame"].append(time.perf_counter() - start)

    # dlib's binding holds the GIL, so two workers are two processes, as a Python kiosk would need.
    throughput = {}
    per_worker = 12
    for workers in (1, 2):
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            spans = pool.map(worker, [(str(models_dir), [str(p) for p in frame_paths], upsample, per_worker)] * workers)
        throughput[workers] = workers * per_worker / (max(end for _, end in spans) - min(start for start, _ in spans))

    # face_recognition.face_distance: numpy float64 brute force, then each employee's nearest template.
    gallery = {}
    random = np.random.default_rng(1)
    for count in (1_000, 10_000, 100_000):
        templates = random.uniform(-0.25, 0.25, size=(count, 128))
        employees = np.arange(count) // 10
        times = []
        for _ in range(40):
            query = templates[random.integers(count)] + random.uniform(-0.03, 0.03, size=128)
            start = time.perf_counter()
            distances = np.linalg.norm(templates - query, axis=1)
            nearest = np.full(employees[-1] + 1, np.inf)
            np.minimum.at(nearest, employees, distances)
            np.partition(nearest, 1)[:2]
            times.append(time.perf_counter() - start)
        gallery[count] = median_ms(times)

    rows = [("model load (s)", swift["modelLoadSeconds"], anchor.load_seconds),
            ("resident memory after load (MB)", swift["residentBytesAfterLoad"] / 1048576, rss_after_load / 1048576)]
    labels = {stage["key"]: stage["label"] for stage in swift["stages"]}
    for stage in swift["stages"]:
        rows.append((labels[stage["key"]] + " (ms)", stage["milliseconds"], median_ms(samples[stage["key"]])))
    for entry in swift["throughput"]:
        rows.append((f"frames per second, {entry['workers']} worker(s)", entry["framesPerSecond"], throughput[entry["workers"]]))
    for entry in swift["gallery"]:
        rows.append((f"gallery search, {entry['templates']} templates (ms)", entry["milliseconds"], gallery[entry["templates"]]))

    print(f"Swift FaceEngine vs Python anchor (dlib {dlib.__version__} via face_recognition's calls), "
          f"{len(images)} frames {swift['frameWidth']}x{swift['frameHeight']}, kiosk upsample {upsample}, "
          f"min face {swift['minFacePixels']} px (the anchor detects on the full RGB frame)")
    print(f"{'measure':<52}{'Swift':>10}{'Python':>10}{'Py/Swift':>10}")
    for label, mine, theirs in rows:
        ratio = theirs / mine if mine else float("nan")
        print(f"{label:<52}{mine:>10.3f}{theirs:>10.3f}{ratio:>10.2f}")
    print("Py/Swift > 1: Swift is faster (for frames per second, Swift is faster below 1).")


if __name__ == "__main__":
    main()
