# Asistencia — the two commands: `make run` and `make test`. Both run scripts/bootstrap first, which installs
# only what is missing (Debian packages, dlib models, test photos) and is quick when all is there.
SWIFT ?= swift
CONFIG ?= kiosk.conf

.PHONY: all bootstrap build run test bench clean

all: build

bootstrap:
	@scripts/bootstrap

build: bootstrap
	$(SWIFT) build --product kiosk

## Start the kiosk on kiosk.conf (demo defaults: local SQLite under var/, replay camera without a webcam).
run: build
	@scripts/run-kiosk "$$($(SWIFT) build --show-bin-path)/kiosk" "$(CONFIG)"

## Build once (debug; the dlib shim is always -O3) and run every test. No benchmarks.
test: bootstrap
	@scripts/test

## Benchmarks, in a release build: `kiosk bench` tables, then the greeting time of `kiosk run` on the demo playlist.
## The door's release build is scripts/build-release-kiosk (static Swift runtime, hot code laid out together).
bench: bootstrap
	kiosk="$$(scripts/build-release-kiosk)" && "$$kiosk" bench --config "$(CONFIG)" && scripts/bench-greeting "$$kiosk"

clean:
	rm -rf .build .build-* var/cache var/log
