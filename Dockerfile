# sgaudit in a container: `sgaudit serve` (docs/run-tasks.md) or any other command.
#
#   docker build -t sgaudit .
#   docker run -p 8080:8080 -e SGAUDIT_HMAC_KEY -v /etc/sgaudit:/etc/sgaudit:ro sgaudit \
#     serve --listen 0.0.0.0:8080 --config-file /etc/sgaudit/sgaudit.hcl
#
# Build: a static musl binary (rustls with ring: no OpenSSL), with the versions of Cargo.lock.
FROM rust:1-alpine AS build
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin sgaudit \
 && strip target/release/sgaudit \
 && ./target/release/sgaudit --version

# Run: no shell, no package manager, not root (uid 65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /src/target/release/sgaudit /usr/local/bin/sgaudit
USER nonroot:nonroot
EXPOSE 8080
# The orchestrator probes GET /healthz (the image has no shell or curl for a HEALTHCHECK).
# `docker stop` sends SIGTERM: the server finishes the requests it accepted, then exits; give
# it the time (`docker stop -t 60`, Kubernetes' terminationGracePeriodSeconds).
ENTRYPOINT ["/usr/local/bin/sgaudit"]
CMD ["serve", "--listen", "0.0.0.0:8080"]
