#pragma once

#include "queryinterrupter.h"

#include <QList>
#include <QThread>

#include <functional>

/// The threads of an object that answers off the GUI thread (the row count,
/// the facet counts, the aggregates, the integrity check): a thread per
/// request, each on its own WorkerConnection registered with interrupter().
/// They run below the GUI thread's priority, so a window that paints while
/// they read keeps its core. Destroying it interrupts
/// their statements on SQLite (on a server they run to their end) and waits
/// for them, so declare it last in its owner: it goes first, while what the
/// threads use is still there. A thread checks interrupted() before it
/// answers: an interrupted request is one nobody waits for any more.
class WorkerThreads
{
public:
    /// How much nicer than the thread that starts them (Linux) the threads run.
    static constexpr int niceIncrement = 10;

    WorkerThreads() = default;
    ~WorkerThreads();
    WorkerThreads(const WorkerThreads &) = delete;
    WorkerThreads &operator=(const WorkerThreads &) = delete;

    /// Runs work in a new thread, below the GUI thread's priority; finished
    /// threads go first, so the list stays short.
    void start(std::function<void()> work);
    /// Waits for every thread under way.
    void waitAll();
    QueryInterrupter *interrupter() { return &m_interrupter; }
    bool interrupted() const { return m_interrupter.interrupted(); }

private:
    QList<QThread *> m_threads;
    QueryInterrupter m_interrupter;
};
