package org.kickstart.common;

import jakarta.ws.rs.core.EntityTag;

/** Optimistic concurrency over HTTP: a resource's version is its strong ETag. */
public final class Etags {

    private Etags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 428 when If-Match is missing and 412 when it names another version ("*" matches any). */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired();
        }
        String expected = "\"" + currentVersion + "\"";
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed();
    }
}
