# Production image for Gloss. Uses external PostgreSQL and Meilisearch
# (DATABASE_URL, MEILI_HOST, MEILI_MASTER_KEY): see compose.yaml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
COPY scripts/postinstall.mjs scripts/postinstall.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
COPY --from=build /app /app
EXPOSE 3000
# scripts/start.mts starts nothing embedded when DATABASE_URL and MEILI_HOST
# are set: it migrates, seeds an empty database, and serves the prebuilt app.
CMD ["npm", "start"]
