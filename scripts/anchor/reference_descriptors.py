"""Writes the reference descriptors FaceEngineTests compares against: dlib's own Python binding, through
face_recognition 1.3.0, on the project's test photos.

For each photo: the largest face face_recognition finds (HOG, upsample 1), and its descriptor computed
with the 5-point ("small") model and num_jitters=1 from that same box passed explicitly
(known_face_locations), so the Swift side can be given the identical box.

Usage: python reference_descriptors.py PHOTOS_DIR OUTPUT_JSON
"""
import json
import sys
from pathlib import Path

import dlib
import face_recognition

PHOTOS = [
    "obama.jpg", "obama2.jpg", "obama3.jpg", "biden.jpg", "astronaut.png", "32bit.png",
    "obama_partial_face.jpg", "obama_partial_face2.jpg",
]


def main() -> None:
    photos_dir, output = Path(sys.argv[1]), Path(sys.argv[2])
    entries = []
    for name in PHOTOS:
        image = face_recognition.load_image_file(photos_dir / name)
        locations = face_recognition.face_locations(image, number_of_times_to_upsample=1, model="hog")
        if not locations:
            print(f"{name}: no face found, left out")
            continue
        top, right, bottom, left = max(locations, key=lambda box: (box[1] - box[3]) * (box[2] - box[0]))
        (descriptor,) = face_recognition.face_encodings(
            image, known_face_locations=[(top, right, bottom, left)], num_jitters=1, model="small")
        entries.append({
            "photo": name,
            "box": {"left": left, "top": top, "right": right, "bottom": bottom},
            "descriptor": [float(value) for value in descriptor],
        })
        print(f"{name}: box left={left} top={top} right={right} bottom={bottom}")
    document = {
        "producer": "scripts/anchor/make-reference",
        "dlib": dlib.__version__,
        "face_recognition": face_recognition.__version__,
        "model": "small (5-point), num_jitters=1",
        "faces": entries,
    }
    output.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {len(entries)} reference descriptors to {output}")


if __name__ == "__main__":
    main()
