// simdjson's DOM parser on a snapshot, timed in-process like
// repatdash-bench load and py-load.py (one warm-up run, then RUNS timed
// runs), for the bench only: read the file, parse it into a DOM, walk the
// DOM to sum every camp's population (the check the other tools print, so we
// know all read the same). It checks JSON syntax and UTF-8 only: no rules of
// the snapshot format, no model. Prints the same tab-separated line:
// name, median ms, min ms, runs, check=sum of camp populations.
//
// usage: simdjson-load FILE [RUNS]
// built by scripts/bench/simdjson.py: g++ -O3 -std=c++17 simdjson-load.cpp -lsimdjson
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

static int64_t load(simdjson::dom::parser &parser, const char *path) {
    simdjson::padded_string bytes;
    if (simdjson::padded_string::load(path).get(bytes)) {
        std::fprintf(stderr, "simdjson-load: cannot read %s\n", path);
        std::exit(1);
    }
    simdjson::dom::element document;
    if (auto error = parser.parse(bytes).get(document)) {
        std::fprintf(stderr, "simdjson-load: %s\n", simdjson::error_message(error));
        std::exit(1);
    }
    // Each step checked (a wrong shape is an error, not a crash), and each
    // array held in a variable: a range-for over `.value_unsafe()` of a
    // temporary result reads freed memory.
    int64_t sum = 0;
    simdjson::dom::array districts, camps;
    int64_t population;
    if (document["districts"].get(districts)) return -1;
    for (simdjson::dom::element district : districts) {
        if (district["camps"].get(camps)) return -1;
        for (simdjson::dom::element camp : camps) {
            if (camp["population"].get(population)) return -1;
            sum += population;
        }
    }
    return sum;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: simdjson-load FILE [RUNS]\n");
        return 2;
    }
    const char *path = argv[1];
    int runs = argc > 2 ? std::atoi(argv[2]) : 15;
    // One parser for all runs, as a long-running program would keep it: its
    // buffers are allocated in the warm-up run.
    simdjson::dom::parser parser;
    int64_t check = load(parser, path);
    std::vector<double> times;
    for (int run = 0; run < runs; run++) {
        auto start = std::chrono::steady_clock::now();
        check = load(parser, path);
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    std::printf("simdjson DOM (parse + walk)\t%.3f\t%.3f\t%d\tcheck=%lld\n", times[times.size() / 2], times[0], runs,
                (long long)check);
}
