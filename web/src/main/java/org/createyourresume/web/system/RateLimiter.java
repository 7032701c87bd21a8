package org.createyourresume.web.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets per client and kind of request (Bucket4j). With {@link SharedBuckets} (the
 * resumes are stored in PostgreSQL) every node takes from the same buckets, so the limits bound
 * what one client can make the whole service do; otherwise each node keeps its own in a bounded
 * cache in memory. When the shared store cannot be reached, a node falls back to its own buckets
 * rather than refusing or failing requests, and says so in its log.
 */
final class RateLimiter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RateLimiter.class);

  private final RateLimitProperties properties;
  private final Map<RateLimited.Kind, Cache<String, Bucket>> buckets =
      new EnumMap<>(RateLimited.Kind.class);
  private final Map<RateLimited.Kind, BucketConfiguration> configurations =
      new EnumMap<>(RateLimited.Kind.class);
  private final SharedBuckets shared;
  private final ScheduledExecutorService cleaner;
  private final AtomicLong lastWarning = new AtomicLong(Long.MIN_VALUE);

  /** Buckets in this node's memory only. */
  RateLimiter(RateLimitProperties properties) {
    this(properties, null);
  }

  /**
   * @param shared the buckets every node shares, or {@code null} for this node's own only
   */
  RateLimiter(RateLimitProperties properties, SharedBuckets shared) {
    this.properties = properties;
    this.shared = shared;
    for (RateLimited.Kind kind : RateLimited.Kind.values()) {
      RateLimitProperties.Limit limit = properties.limit(kind);
      configurations.put(kind, BucketConfiguration.builder()
          .addLimit(Bandwidth.builder()
              .capacity(limit.requests())
              .refillGreedy(limit.requests(), limit.per())
              .build())
          .build());
      buckets.put(
          kind,
          Caffeine.newBuilder()
              .maximumSize(properties.maxClients())
              // a bucket unused for a whole period is full again: forgetting it changes nothing
              .expireAfterAccess(limit.per())
              .build());
    }
    if (shared != null) {
      cleaner = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rate-limit-cleaner");
        thread.setDaemon(true);
        return thread;
      });
      cleaner.scheduleWithFixedDelay(this::removeExpired, 1, 1, TimeUnit.MINUTES);
    } else {
      cleaner = null;
    }
  }

  /** Whether the buckets are shared by every node. */
  boolean isShared() {
    return shared != null;
  }

  /**
   * Takes one request from {@code client}'s bucket for {@code kind}.
   *
   * @return 0 when the request may go ahead, else the seconds until it may be retried
   */
  int tryAcquire(RateLimited.Kind kind, String client) {
    if (!properties.enabled()) {
      return 0;
    }
    String key = clientKey(client);
    ConsumptionProbe probe = shared != null ? sharedProbe(kind, key) : null;
    if (probe == null) {
      Bucket bucket = buckets.get(kind).get(key, k -> Bucket.builder()
          .addLimit(configurations.get(kind).getBandwidths()[0])
          .build());
      probe = bucket.tryConsumeAndReturnRemaining(1);
    }
    if (probe.isConsumed()) {
      return 0;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
  }

  private ConsumptionProbe sharedProbe(RateLimited.Kind kind, String key) {
    try {
      return shared.tryConsume(kind, properties.limit(kind), key,
          () -> configurations.get(kind));
    } catch (RuntimeException e) {
      long now = System.nanoTime();
      long last = lastWarning.get();
      if ((last == Long.MIN_VALUE || now - last > TimeUnit.MINUTES.toNanos(1))
          && lastWarning.compareAndSet(last, now)) {
        LOG.warn("the shared rate limits cannot be reached ({}); this node counts on its own"
            + " until they can", e.getClass().getSimpleName());
      }
      return null;
    }
  }

  private void removeExpired() {
    try {
      int removed = shared.removeExpired();
      LOG.debug("removed {} full rate-limit buckets", removed);
    } catch (RuntimeException e) {
      LOG.debug("could not remove full rate-limit buckets", e);
    }
  }

  @Override
  public void close() {
    if (cleaner != null) {
      cleaner.shutdownNow();
    }
  }

  /**
   * The client an address counts as: the IPv4 address itself, or the /64 network of an IPv6
   * address (one household or server is given a whole /64, so single addresses are free to get).
   */
  static String clientKey(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address == null ? "" : address;
    }
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length == 16) {
        Arrays.fill(bytes, 8, 16, (byte) 0);
        return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
      }
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
