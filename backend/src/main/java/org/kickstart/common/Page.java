package org.kickstart.common;

import java.util.List;

/** One page of a keyset-paginated list: the items and, unless this is the last page, the cursor of the next. */
public record Page<T>(List<T> items, String nextCursor) {
}
