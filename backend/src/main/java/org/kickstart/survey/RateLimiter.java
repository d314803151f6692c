package org.kickstart.survey;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kickstart.common.ProblemException;

/**
 * A token bucket per client address for the public endpoints: {@code perMinute} requests, refilled
 * evenly. Addresses live only in this memory map (never in the database or logs) and are
 * forgotten when their bucket is full again.
 */
@ApplicationScoped
public class RateLimiter {

    @ConfigProperty(name = "kickstart.public.rate-limit.per-minute", defaultValue = "30")
    int perMinute;

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one token for this client, or throws the 429 problem with how long to wait. */
    public void take(String client) {
        long now = System.nanoTime();
        double perNano = perMinute / 60e9;
        long[] wait = { 0 };
        buckets.compute(client == null ? "?" : client, (k, b) -> {
            Bucket bucket = b == null ? new Bucket(perMinute, now) : b;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
            } else {
                wait[0] = (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9);
            }
            return bucket;
        });
        if (buckets.size() > 10_000) {
            buckets.entrySet().removeIf(e -> e.getValue().tokens + (now - e.getValue().at) * perNano >= perMinute);
        }
        if (wait[0] > 0) {
            throw ProblemException.tooManyRequests(Math.max(1, wait[0]));
        }
    }
}
