# The two commands the README opens with: `make run` and `make test`. Both set up libtorch first
# (once, from PyPI, into .libtorch/) and build in release mode, so they share one build.
.PHONY: run test setup bench model install

PREFIX ?= $(HOME)/.local

setup: .libtorch/build-version

.libtorch/build-version:
	bash scripts/setup-libtorch.sh

run: setup
	cargo run --release -- run seeds --out output --force

test: setup
	cargo test --release

bench: setup
	bash bench/run.sh

# Retrain the shipped model (needs ../shared/data, see MODEL_CARD.md).
model: setup
	bash scripts/train-default-model.sh

# Install the binary, the libtorch it needs and the shipped model, registry, verb table and
# part-of-speech model under PREFIX (default ~/.local): PREFIX/bin/actorgraph finds the rest.
install: setup
	cargo build --release
	bash scripts/install.sh "$(PREFIX)"
