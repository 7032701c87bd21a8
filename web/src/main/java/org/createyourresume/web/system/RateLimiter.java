package org.createyourresume.web.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Token buckets per client and kind of request (Bucket4j), kept in memory in a bounded cache.
 * Each app server counts for itself: the limits bound what one client can make one server do.
 */
final class RateLimiter {

  private final RateLimitProperties properties;
  private final Map<RateLimited.Kind, Cache<String, Bucket>> buckets =
      new EnumMap<>(RateLimited.Kind.class);

  RateLimiter(RateLimitProperties properties) {
    this.properties = properties;
    for (RateLimited.Kind kind : RateLimited.Kind.values()) {
      Duration per = properties.limit(kind).per();
      buckets.put(
          kind,
          Caffeine.newBuilder()
              .maximumSize(properties.maxClients())
              // a bucket unused for a whole period is full again: forgetting it changes nothing
              .expireAfterAccess(per)
              .build());
    }
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
    RateLimitProperties.Limit limit = properties.limit(kind);
    Bucket bucket =
        buckets.get(kind).get(clientKey(client), key -> Bucket.builder()
            .addLimit(Bandwidth.builder()
                .capacity(limit.requests())
                .refillGreedy(limit.requests(), limit.per())
                .build())
            .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L);
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
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
