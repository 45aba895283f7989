// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 DiZiNER Workbench contributors
//
// GCC cannot emit the coverage callbacks libFuzzer reads (only clang's -fsanitize=fuzzer does),
// and Debian's clang 14 has no std::expected, so the fuzz build is GCC with
// -fsanitize-coverage=trace-pc,trace-cmp. libFuzzer reads the comparisons itself; the edges this
// shim hashes into libFuzzer's extra-counter section. The link keeps this definition of
// __sanitizer_cov_trace_pc over libFuzzer's refusing one (--allow-multiple-definition).
#include <cstddef>
#include <cstdint>

namespace {
constexpr std::size_t counterCount = std::size_t{1} << 16;
[[gnu::section("__libfuzzer_extra_counters"), gnu::used]] std::uint8_t edgeCounters[counterCount];
} // namespace

extern "C" [[gnu::no_sanitize_address]] void __sanitizer_cov_trace_pc()
{
    const auto pc = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    ++edgeCounters[(pc ^ (pc >> 16)) % counterCount];
}

// GCC also traces floating-point comparisons, which libFuzzer has no use for.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) { }
extern "C" void __sanitizer_cov_trace_cmpd(double, double) { }
