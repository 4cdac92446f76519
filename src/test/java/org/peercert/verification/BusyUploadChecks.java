package org.peercert.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ApplicationContext;

/**
 * Takes every upload check slot with a check that waits until released, so that a test can show what the
 * next upload gets, deterministically. Close to release the slots.
 */
public final class BusyUploadChecks implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> holders = new ArrayList<>();

    private BusyUploadChecks(UploadChecks checks) throws InterruptedException {
        var entered = new CountDownLatch(checks.maxConcurrentChecks());
        for (int i = 0; i < checks.maxConcurrentChecks(); i++) {
            holders.add(Thread.ofVirtual().start(() -> checks.run(() -> {
                entered.countDown();
                awaitRelease();
                return true;
            })));
        }
        if (!entered.await(30, TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException("another check kept a slot for 30 s");
        }
    }

    public static BusyUploadChecks occupyAll(ApplicationContext context) throws InterruptedException {
        return new BusyUploadChecks(context.getBean(UploadChecks.class));
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        release.countDown();
        for (Thread holder : holders) {
            holder.join();
        }
    }
}
