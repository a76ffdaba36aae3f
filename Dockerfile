# The portal's program in a container that runs `serve`: it builds the site from the data
# mounted at /data (read-only) into the volume at /srv and serves it with search on port 8080.
# The image holds one static binary and nothing else; it runs as an unprivileged user and
# works with a read-only root file system (see README, "Publishing").
#
#   docker build -t cpportal .

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod go mod download
COPY . .
# A static binary (no cgo), without paths of the build machine.
RUN --mount=type=cache,target=/root/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/cpportal . \
    && mkdir -p /out/srv /out/data

FROM scratch
COPY --from=build /out/cpportal /cpportal
# The site and its index are written to /srv (a volume); the data is read from /data.
COPY --from=build --chown=65532:65532 /out/srv /srv
COPY --from=build /out/data /data
USER 65532:65532
ENV HOME=/srv TMPDIR=/srv
VOLUME ["/srv"]
EXPOSE 8080
ENTRYPOINT ["/cpportal"]
CMD ["serve", "--source", "/data", "--out", "/srv/public", "--index", "/srv/index", "--cache", "/srv/cache", "--addr", ":8080"]
