# Sourced by scripts/bench-anchor and scripts/anchor/make-reference: makes a throw-away Python venv with the
# anchor (dlib's own Python binding through face_recognition 1.3.0) from PyPI, and sets ANCHOR_PYTHON.
# The caller removes "$ANCHOR_VENV" when done (a trap on EXIT).

anchor_make_venv() {
    ANCHOR_VENV="$(mktemp -d /tmp/face-anchor.XXXXXX)"
    python3 -m venv "$ANCHOR_VENV" || { echo "error: cannot create a Python venv (install python3-venv)" >&2; return 1; }
    ANCHOR_PYTHON="$ANCHOR_VENV/bin/python"
    local pip=("$ANCHOR_PYTHON" -m pip install --quiet --disable-pip-version-check)
    # dlib-bin is a prebuilt wheel of dlib's binding (no compiler needed); face_recognition's own
    # requirement "dlib>=19.7" names the source package, hence --no-deps for it.
    "${pip[@]}" numpy Pillow dlib-bin \
        && "${pip[@]}" --no-deps face_recognition==1.3.0 face_recognition_models==0.3.0 \
        || { echo "error: pip could not install the anchor packages (is PyPI reachable?)" >&2; return 1; }
}
