# Makefile — the two quick-start commands, over meson/ninja.
#   make demo    install what is missing, build, ingest samples/, show the store
#   make check   install what is missing, build, run every test suite
BUILD ?= build
MESON_OPTS ?=

.PHONY: all deps build demo check asan bench clean

all: build

deps:
	@tools/install-deps.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD) $(MESON_OPTS)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

demo: build
	@tools/demo.sh $(BUILD)/tools/caviar

check: build
	meson test -C $(BUILD) --print-errorlogs --num-processes 2

# Unit and integration tests under AddressSanitizer + UBSan (also run by CI).
asan: deps
	[ -f build-asan/build.ninja ] || meson setup build-asan -Db_sanitize=address,undefined -Db_lundef=false
	ninja -C build-asan
	ASAN_OPTIONS=detect_leaks=0 meson test -C build-asan --suite unit --suite integration --print-errorlogs --num-processes 2

clean:
	rm -rf $(BUILD) build-asan .demo
