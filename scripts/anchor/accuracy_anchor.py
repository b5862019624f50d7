"""The Python anchor of the accuracy benchmark: face_recognition 1.3.0's own calls (HOG upsample 1 on the
RGB image, the largest face, face_encodings, face_distance) on the pairs of a pairs CSV, printed side by
side with the Swift pipeline's report (`kiosk bench --accuracy --json`). A photo where no face is found
makes each of its pairs an error on both sides.

Usage: python accuracy_anchor.py PAIRS_CSV SWIFT_REPORT_JSON [THRESHOLD]
"""
import csv
import json
import sys
from pathlib import Path

import face_recognition
import numpy as np


def read_pairs(path: Path):
    pairs = []
    with path.open(newline="") as handle:
        for row in csv.reader(handle):
            if len(row) >= 3 and row[2].strip() in ("0", "1"):
                pairs.append((row[0].strip(), row[1].strip(), row[2].strip() == "1"))
    if not pairs:
        sys.exit(f"error: {path}: no img_a,img_b,same lines")
    return pairs


def encode(path: Path):
    """face_recognition's way: face_locations (HOG, upsample 1), the largest box, face_encodings."""
    image = face_recognition.load_image_file(str(path))
    boxes = face_recognition.face_locations(image, number_of_times_to_upsample=1)
    if not boxes:
        return None
    largest = max(boxes, key=lambda box: (box[2] - box[0]) * (box[1] - box[3]))
    return face_recognition.face_encodings(image, known_face_locations=[largest])[0]


def accuracy(distances, pairs, threshold):
    """Pairs decided right / all pairs; a pair with a missing face (None) is an error."""
    right = sum(1 for distance, (_, _, same) in zip(distances, pairs)
                if distance is not None and (distance <= threshold) == same)
    return right / len(pairs)


def best(distances, pairs):
    candidates = [round(0.30 + 0.005 * step, 3) for step in range(101)]
    return max(((accuracy(distances, pairs, t), -t) for t in candidates))


def main() -> None:
    pairs_path, swift_path = Path(sys.argv[1]), Path(sys.argv[2])
    threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.6
    pairs = read_pairs(pairs_path)
    base = pairs_path.parent
    encodings = {}
    for first, second, _ in pairs:
        for name in (first, second):
            if name not in encodings:
                encodings[name] = encode(base / name)
    distances = []
    for first, second, _ in pairs:
        a, b = encodings[first], encodings[second]
        distances.append(None if a is None or b is None else float(np.linalg.norm(a - b)))
    missed = sorted(name for name, value in encodings.items() if value is None)
    skipped = sum(1 for distance in distances if distance is None)
    found = [(d, p) for d, p in zip(distances, pairs) if d is not None]
    theirs_best, theirs_best_t = best(distances, pairs)

    swift = json.loads(swift_path.read_text())
    rows = [
        ("photos", swift["photos"], len(encodings)),
        ("photos where no face was found", len(swift["photosWithoutFace"]), len(missed)),
        ("pairs with a photo without a face", swift["pairsSkipped"], skipped),
        (f"accuracy at {threshold:.2f}, all pairs (%)", 100 * swift["allPairsAtAnchorThreshold"]["accuracy"],
         100 * accuracy(distances, pairs, threshold)),
        (f"accuracy at {threshold:.2f}, pairs with both faces (%)", 100 * swift["pairsWithFacesAtAnchorThreshold"]["accuracy"],
         100 * (accuracy([d for d, _ in found], [p for _, p in found], threshold) if found else 0)),
        ("accuracy at the best threshold, all pairs (%)", 100 * swift["bestAllPairs"]["accuracy"], 100 * theirs_best),
        ("best threshold (all pairs)", swift["bestAllPairs"]["threshold"], -theirs_best_t),
    ]
    print(f"Accuracy on {len(pairs)} pairs of {pairs_path.name}: this project (photo pipeline) vs face_recognition 1.3.0; "
          "a missed face counts as an error on both sides")
    print(f"{'measure':<52}{'Swift':>12}{'Python':>12}")
    for label, mine, theirs in rows:
        # Counts print as integers; percentages and thresholds (JSON may hold 1 for 1.0) with decimals.
        if "%" in label or "threshold" in label:
            print(f"{label:<52}{float(mine):>12.3f}{float(theirs):>12.3f}")
        else:
            print(f"{label:<52}{mine:>12}{theirs:>12}")
    print(f"difference at the best threshold, all pairs: {100 * (swift['bestAllPairs']['accuracy'] - theirs_best):+.2f} points")
    if missed:
        print(f"face_recognition found no face in: {', '.join(missed)}")


if __name__ == "__main__":
    main()
