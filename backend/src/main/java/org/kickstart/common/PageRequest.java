package org.kickstart.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Keyset pagination, the same everywhere: {@code limit} (1–200, default 50) and an opaque
 * {@code cursor} holding the sort key of the last item of the previous page.
 */
public record PageRequest(int limit, List<String> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final char SEP = '\u001f';

    public static PageRequest of(String limit, String cursor) {
        int n = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                n = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > MAX_LIMIT) {
                throw ProblemException.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
            }
        }
        return new PageRequest(n, cursor == null || cursor.isEmpty() ? null : decode(cursor));
    }

    /** The key values of the last item seen, or null on the first page. */
    public String key(int i) {
        return after == null ? null : after.get(i);
    }

    public boolean first() {
        return after == null;
    }

    /** Checks a decoded cursor has the shape this list uses; a forged or foreign one is a 400. */
    public PageRequest expectKeys(int count) {
        if (after != null && after.size() != count) {
            throw ProblemException.invalid("cursor", "is not a cursor this API gave out");
        }
        return this;
    }

    public java.util.UUID uuidKey(int i) {
        try {
            return after == null ? null : java.util.UUID.fromString(after.get(i));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API gave out");
        }
    }

    /**
     * Turns a fetched list of up to limit+1 rows into a page: the extra row only tells there is more.
     */
    public <T> Page<T> page(List<T> rows, Function<T, List<String>> keyOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), encode(keyOf.apply(items.get(limit - 1))));
    }

    /** The usual 200 response for a page: the body plus an RFC 8288 Link to the next page. */
    public static Response ok(Page<?> page, UriInfo uri) {
        Response.ResponseBuilder ok = Response.ok(page);
        if (page.nextCursor() != null) {
            ok.header("Link", nextLink(page.nextCursor(), uri));
        }
        return ok.build();
    }

    /** RFC 8288 link to the same request with the next cursor. */
    public static String nextLink(String nextCursor, UriInfo uri) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build() + ">; rel=\"next\"";
    }

    public static String encode(List<String> key) {
        String joined = String.join(String.valueOf(SEP), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= s.length(); i++) {
                if (i == s.length() || s.charAt(i) == SEP) {
                    parts.add(s.substring(start, i));
                    start = i + 1;
                }
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API gave out");
        }
    }
}
