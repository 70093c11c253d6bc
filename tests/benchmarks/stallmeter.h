#pragma once

#include <QObject>
#include <QTimer>

#include <algorithm>
#include <chrono>

/// A 5 ms timer on the main thread that records the longest gap between its
/// ticks: how long the window would stop answering.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_maxGap = 0;
        m_ticks = 0;
        m_last = std::chrono::steady_clock::now();
        m_timer.start();
    }
    void stop()
    {
        tick(); // the stretch from the last tick to the end counts too
        m_timer.stop();
    }
    double maxGapMs() const { return m_maxGap; }
    int ticks() const { return m_ticks; }

private:
    void tick()
    {
        const auto now = std::chrono::steady_clock::now();
        m_maxGap = std::max(m_maxGap, std::chrono::duration<double, std::milli>(now - m_last).count());
        m_last = now;
        ++m_ticks;
    }
    QTimer m_timer;
    std::chrono::steady_clock::time_point m_last;
    double m_maxGap = 0;
    int m_ticks = 0;
};
