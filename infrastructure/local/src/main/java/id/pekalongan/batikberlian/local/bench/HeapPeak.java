package id.pekalongan.batikberlian.local.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap a phase needed, two ways:
 * <ul>
 *   <li>{@code peakMb}: the sum of the heap pools' peak usage ({@link MemoryPoolMXBean#getPeakUsage()}, reset at the
 *       start). It counts garbage not yet collected, so it follows the collector's appetite (and {@code -Xmx}) as
 *       much as the program's need: an upper bound.</li>
 *   <li>{@code liveAfterGcMb}: the largest heap left after any collection during the phase, from the collectors'
 *       notifications (heap pools summed). That is what the phase kept alive — the figure to compare for "flat as N
 *       grows". A phase with no collection at all reports the heap in use at its end after one requested GC.</li>
 * </ul>
 */
public final class HeapPeak implements AutoCloseable {

    private final List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final AtomicLong liveAfterGc = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final NotificationListener listener = this::onGc;

    public HeapPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool);
            }
        }
        System.gc();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        ManagementFactory.getGarbageCollectorMXBeans().forEach(gc -> {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        });
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long sum = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (isHeap(e.getKey())) {
                sum += e.getValue().getUsed();
            }
        }
        collections.incrementAndGet();
        liveAfterGc.accumulateAndGet(sum, Math::max);
    }

    private boolean isHeap(String poolName) {
        return heapPools.stream().anyMatch(p -> p.getName().equals(poolName));
    }

    public long peakMb() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    public long liveAfterGcMb() {
        if (collections.get() == 0) {
            System.gc();
            long used = heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
            liveAfterGc.accumulateAndGet(used, Math::max);
        }
        return liveAfterGc.get() >> 20;
    }

    public long collections() {
        return collections.get();
    }

    public static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    /** Prints {@code <prefix>.peak_heap_mb}, {@code .live_heap_after_gc_mb}, {@code .gc_count}, {@code .max_heap_mb}. */
    public void print(Figures f, String prefix) {
        f.put(prefix + ".peak_heap_mb", peakMb());
        f.put(prefix + ".live_heap_after_gc_mb", liveAfterGcMb());
        f.put(prefix + ".gc_count", collections());
        f.put(prefix + ".max_heap_mb", maxHeapMb());
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // Already gone: nothing to undo.
            }
        }
    }
}
