package org.kickstart.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Adds {@code Server-Timing: app;dur=<ms>} to every API response: the time spent in the
 * application, so clients and benchmarks can tell server time from network and client time.
 */
public class ServerTiming {

    private static final String START = ServerTiming.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(START, System.nanoTime());
    }

    @ServerResponseFilter
    public void stop(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(START) instanceof Long start) {
            double ms = (System.nanoTime() - start) / 1e6;
            response.getHeaders().putSingle("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.1f", ms));
        }
    }
}
