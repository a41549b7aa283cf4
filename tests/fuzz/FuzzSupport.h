// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

// A QCoreApplication for the readers that need one (text codecs, translations), made once.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "maillage-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// A broken round-trip property is a finding like a crash: abort so libFuzzer keeps the input.
#define FUZZ_REQUIRE(condition)                                                                                        \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "round trip broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                   \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (0)
