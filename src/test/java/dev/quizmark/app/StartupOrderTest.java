package dev.quizmark.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.runtime.SimpleScheduler;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.ObserverMethod;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On a first start against an empty database the migrations take a second or more (H2): the scheduler's jobs must
 * not start before they are done, or the quiz rescan and the deadline job query tables that do not exist yet.
 */
@QuarkusTest
class StartupOrderTest {

    @Test
    void migrationsRunBeforeTheSchedulerStartsItsJobs() {
        List<ObserverMethod<? super StartupEvent>> observers = List.copyOf(
                Arc.container().beanManager().resolveObserverMethods(new StartupEvent()));
        String all = observers.stream().map(o -> o.getBeanClass().getName() + "=" + o.getPriority())
                .collect(Collectors.joining(", "));
        int migrator = priority(observers, DatabaseMigrator.class, all);
        int scheduler = priority(observers, SimpleScheduler.class, all);
        assertTrue(migrator < scheduler, "migrations " + migrator + ", scheduler " + scheduler + ": " + all);
    }

    private static int priority(List<ObserverMethod<? super StartupEvent>> observers, Class<?> bean, String all) {
        return observers.stream().filter(o -> o.getBeanClass().getName().startsWith(bean.getName()))
                .mapToInt(ObserverMethod::getPriority).min()
                .orElseThrow(() -> new AssertionError("no start-up observer of " + bean.getName() + ": " + all));
    }
}
