# syntax=docker/dockerfile:1
# The affiliate platform API: one image, stateless, configured through the environment.
#   docker build -t affiliate-platform .
#   docker run -p 5000:5000 -e DATABASE_URL=postgres://... -e DEBUG=false -e SECRET_KEY=... \
#     -e PUBLIC_BASE_URL=https://track.example.com affiliate-platform
# Without DATABASE_URL/DB_HOST it uses SQLite at /app/data/affiliate.sqlite (mount a volume there).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------- toolchain: native modules (better-sqlite3, @swc/core) compile from source ----------
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# The lockfile and the package.json "allowScripts" policy are npm 11's; node:20 ships npm 10.
RUN npm install -g npm@11.19.1
# No install-time telemetry (@scarf/scarf is also denied in allowScripts).
ENV SCARF_ANALYTICS=false
WORKDIR /app

# ---------- all dependencies (dev included: the build and its tools need them) ----------
FROM toolchain AS deps
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund

# ---------- build: nest build -> dist/apps/api/src/main.js ----------
FROM deps AS build
COPY . .
RUN npm run build

# ---------- production dependencies only, with the native modules already compiled ----------
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# ---------- runtime ----------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    API_PORT=5000 \
    SQLITE_PATH=/app/data/affiliate.sqlite
WORKDIR /app
# Owned by root and read-only for the app user; only data/ is writable.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
RUN mkdir -p /app/data && chown node:node /app/data
# The unprivileged user of the official node images (uid 1000).
USER node
EXPOSE 5000
# No curl in the slim image: Node's own fetch asks the health endpoint (503 when the database is down).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.API_PORT || 5000) + '/v1/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A larger young generation: a click lives for one group commit (milliseconds), and with the
# default size too many of them were copied and promoted by the minor GC (docs/performance.md).
CMD ["node", "--max-semi-space-size=64", "dist/apps/api/src/main.js"]
