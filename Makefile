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
bench: bootstrap
	$(SWIFT) build -c release --product kiosk
	"$$($(SWIFT) build -c release --show-bin-path)/kiosk" bench --config "$(CONFIG)"
	scripts/bench-greeting "$$($(SWIFT) build -c release --show-bin-path)/kiosk"

clean:
	rm -rf .build .build-* var/cache var/log
