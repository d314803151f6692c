# Kickstart — the entry points. `make` (or `make help`) lists them.
# Everything runs locally without Docker: PostgreSQL 15 + PostGIS from Debian packages, Keycloak
# from Maven Central (cached in ~/.cache/kickstart, or $KICKSTART_CACHE), the backend with its
# Maven wrapper and the SPA with npm.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MVN := ./mvnw -B -ntp

.PHONY: help setup run stop test test-backend test-frontend e2e lint-contract build keycloak token clean db bench

help: ## List the targets
	@echo "Kickstart — make targets:"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z0-9_-]+:.*## / {printf "  %-15s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

setup: ## Install/prepare everything once: PostgreSQL+PostGIS, Keycloak, SPA dependencies
	scripts/ensure-postgres.sh
	scripts/ensure-keycloak.sh
	cd frontend && npm ci --no-audit --no-fund

run: ## Build and run the whole stack with demo data (Ctrl-C stops it)
	scripts/run.sh

stop: ## Stop pieces an earlier `make run`, `make e2e` or `make bench` left running after being killed hard
	scripts/run.sh stop
	scripts/e2e.sh stop
	bench/run.sh stop

# ---- tests --------------------------------------------------------------------------------
# `make test` is what .ci/run calls. The end-to-end journeys run last: they reuse the jar that
# `mvnw verify` has just packaged.
test: db lint-contract test-backend test-frontend e2e ## Run every check: contract lint, backend, frontend and end-to-end tests

db: ## Make sure PostgreSQL+PostGIS run and the kickstart / kickstart_test databases exist
	scripts/ensure-postgres.sh

test-backend: db ## Backend tests (Quarkus, against the local kickstart_test database)
	cd backend && $(MVN) verify

test-frontend: frontend/node_modules/.installed ## Frontend lint, type check and unit tests
	cd frontend && npm run lint && npm run typecheck && npm test

e2e: frontend/node_modules/.installed ## End-to-end journeys: Playwright + Chromium on the whole stack (screenshots in frontend/e2e/screenshots)
	scripts/e2e.sh

lint-contract: frontend/node_modules/.installed ## Lint openapi.yaml
	cd frontend && npm run lint:contract

# The SPA's dependencies (and the contract linter) — installed again only when the lockfile changes.
frontend/node_modules/.installed: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

# ---- performance (not part of `make test`) -------------------------------------------------
SCALE ?= 1
bench: frontend/node_modules/.installed ## Benchmark the API against PostgreSQL alone, and the SPA (SCALE=1 = 1M responses; results in bench/results)
	SCALE=$(SCALE) bench/run.sh

# ---- build and tools ------------------------------------------------------------------------
build: frontend/node_modules/.installed ## Build the backend jar and the SPA bundle (no tests)
	cd backend && $(MVN) -DskipTests package
	cd frontend && npm run build

keycloak: ## Run Keycloak alone in the foreground on :8180 (realm kickstart; console admin/admin)
	scripts/keycloak.sh run

token: ## Print an access token: make token USER=organiser.calderdale (or USER=kickstart-analytics)
ifneq ($(origin USER),command line)
	@echo "usage: make token USER=<admin|organiser.calderdale|organiser.newham|analyst|kickstart-analytics>" >&2; exit 2
else
	@scripts/token.sh "$(USER)"
endif

clean: ## Remove build outputs and .run/ (logs, pid files); keeps the download cache
	scripts/run.sh stop
	rm -rf backend/target frontend/dist .run frontend/e2e/screenshots frontend/e2e/test-results frontend/e2e/report
