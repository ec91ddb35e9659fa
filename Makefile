# The two commands a newcomer needs (see README):
#   make run   installs what is missing, builds, starts `veracity serve` (embedded default)
#   make test  installs what is missing, runs every test
SHELL := /bin/bash
.DEFAULT_GOAL := run
ENV := source scripts/env.sh

.PHONY: run test bench load eval chaos bootstrap build openapi check-openapi fmt sdks

bootstrap:
	@scripts/bootstrap

build: bootstrap
	@$(ENV) && cargo build --release --locked

run: build
	@$(ENV) && exec target/release/veracity serve

test: bootstrap
	@scripts/ensure-postgres
	@$(ENV) && scripts/check-architecture
	@scripts/lint-openapi
	@scripts/check-sdks
	@scripts/check-console
	@$(ENV) && cargo fmt --all --check  # house style: rustfmt.toml
	@$(ENV) && cargo clippy --workspace --all-targets --locked -- -D warnings
	@$(ENV) && cargo test --workspace --locked --no-fail-fast
	@$(ENV) && cargo test --locked --benches --no-run  # benchmarks must keep compiling

# Benchmarks (release build); each prints a table.
bench: bootstrap
	@$(ENV) && cargo bench --locked --bench auth_overhead --bench detection --bench billing --bench webhooks

# A mixed load for a few minutes (VERACITY_CHAOS_SECS, default 120) while a worker, a NATS node
# and PostgreSQL are killed and restarted in turn; then an audit of the event log and the read
# models (tests/e2e/chaos.rs). Loopback only; prints the counts, fails on any difference.
# Throughput under concurrent load against a real `veracity serve` (benches/load.rs): requests
# per second, latency percentiles and server CPU per request at 1, 4 and 16 clients, against the
# model-bound ceiling. VERACITY_LOAD_SECS sets each row's length (default 20).
load: bootstrap
	@$(ENV) && cargo bench --locked --bench load

chaos: bootstrap
	@$(ENV) && cargo test --locked --test e2e -- chaos::chaos --ignored --exact --nocapture

# Re-measures the detectors on the CI fixture set (tests/e2e/evaluation.rs) and records the
# result in models/evaluation.json, which GET /v1/models quotes, and the model card
# (docs/model-card.md) shows: its table block and plots (docs/images/eval/) are rewritten.
eval: bootstrap
	@$(ENV) && VERACITY_UPDATE_EVALUATION=1 cargo test --locked --test e2e -- evaluation:: --nocapture

# Regenerates the committed OpenAPI document after an API change.
openapi:
	@cargo run --quiet --locked -- openapi > openapi/openapi.json
	@echo "openapi/openapi.json regenerated"

# Formats the tree as `make test` expects it.
fmt:
	@cargo fmt --all

# Regenerates the SDKs' generated code (sdks/) from openapi/openapi.json; commit the result.
sdks: bootstrap
	@scripts/generate-sdks
