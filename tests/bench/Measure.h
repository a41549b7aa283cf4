// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QString>

#include <algorithm>
#include <vector>

namespace maillage::bench {

/// Wall-clock samples in milliseconds, with the statistics the benchmark table shows.
class Samples
{
public:
    void add(double ms) { m_values.push_back(ms); }
    double median() const { return quantile(0.5); }
    double p95() const { return quantile(0.95); }
    double total() const
    {
        double sum = 0;
        for (double v : m_values)
            sum += v;
        return sum;
    }
    bool empty() const { return m_values.empty(); }

private:
    double quantile(double q) const
    {
        if (m_values.empty())
            return 0;
        std::vector<double> sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        return sorted[size_t(q * double(sorted.size() - 1) + 0.5)];
    }
    std::vector<double> m_values;
};

/// Runs f and returns its wall time in milliseconds.
template <typename F>
double timed(F&& f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// This process's peak resident memory in MiB (Linux: VmHWM).
double peakMemoryMiB();

/// Runs one statement in the sqlite3 command line with `.timer on` and gives its "real" time in ms,
/// or a negative value when sqlite3 is missing or failed.
double sqlite3StatementMs(const QString& file, const QString& statement);

} // namespace maillage::bench
