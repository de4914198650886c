package io.onme.journal.delivery;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One local run of a relay at a time: a request that arrives while a run is going (a nudge after a
 * write, the scheduler's tick) does not start a second one but asks the running one for one more
 * pass, so nothing queued meanwhile waits for the next tick. Shared by the encounter outbox and the
 * erasure relay.
 */
final class SingleFlight {

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void run(Runnable pass) {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            again.set(false);
            try {
                pass.run();
            } finally {
                running.set(false);
            }
        }
    }
}
