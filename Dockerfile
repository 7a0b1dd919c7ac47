# Mitai Jinkendo: one image serving the page and the API on port 3000.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    REFLEX_TELEMETRY_ENABLED=false \
    MITAI_ENV=prod

RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm curl unzip \
    && npm install -g bun@1.4.4 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# Build the front end once, at image build time; MITAI_SECRET_KEY is only a
# placeholder here (production refuses the default one at run time).
RUN MITAI_SECRET_KEY=build-only-placeholder-secret-not-used-at-runtime \
    REFLEX_BUN_PATH=$(command -v bun) reflex export --frontend-only --no-zip

VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
    CMD curl -fsS http://localhost:3000/health || exit 1
# Migrations and reference data are applied by the app itself on start.
CMD ["sh", "-c", "REFLEX_BUN_PATH=$(command -v bun) exec reflex run --env prod --single-port --frontend-port 3000 --backend-port 3000"]
