#include "workerthreads.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#endif

namespace {

/// QThread::LowPriority changes nothing on Linux: its default scheduler has
/// a single static priority, and Qt maps only IdlePriority there (to
/// SCHED_IDLE, which any busy process starves). What that scheduler weighs
/// is a thread's nice value, which Linux keeps per thread: 10 above the
/// GUI thread's, a worker that shares a core with it leaves it about nine
/// tenths of the core. Raising one's own nice value needs no privilege; if
/// it fails, the thread runs at the usual weight.
void yieldToGuiThread()
{
#ifdef Q_OS_LINUX
    const auto thread = static_cast<id_t>(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, std::min(nice + WorkerThreads::niceIncrement, 19));
#endif
}

} // namespace

WorkerThreads::~WorkerThreads()
{
    m_interrupter.interruptAll();
    waitAll();
}

void WorkerThreads::start(std::function<void()> work)
{
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        if (m_threads[i]->isFinished())
            delete m_threads.takeAt(i);
    }
    QThread *thread = QThread::create([work = std::move(work)] {
        yieldToGuiThread();
        work();
    });
    m_threads << thread;
    thread->start();
}

void WorkerThreads::waitAll()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}
