#include "workerthreads.h"

WorkerThreads::~WorkerThreads()
{
    m_interrupter.interruptAll();
    waitAll();
}

void WorkerThreads::start(std::function<void()> work, QThread::Priority priority)
{
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        if (m_threads[i]->isFinished())
            delete m_threads.takeAt(i);
    }
    QThread *thread = QThread::create(std::move(work));
    m_threads << thread;
    thread->start(priority);
}

void WorkerThreads::waitAll()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}
