package org.kickstart.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsAndBounds() {
        assertEquals(50, PageRequest.of(null, null).limit());
        assertEquals(200, PageRequest.of("200", null).limit());
        for (String bad : List.of("0", "201", "-3", "ten", "1.5")) {
            ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(bad, null));
            assertEquals("limit", e.problem().errors().get(0).field());
        }
    }

    @Test
    void cursorRoundTripsKeysWithAnyCharacters() {
        List<String> key = List.of("Waltham Forest, é & 'quotes'", "0b6f7a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b");
        PageRequest next = PageRequest.of("10", PageRequest.encode(key));
        assertEquals(key, next.after());
    }

    @Test
    void pageKnowsWhetherMoreFollow() {
        PageRequest req = PageRequest.of("2", null);
        Page<String> last = req.page(List.of("a", "b"), s -> List.of(s));
        assertNull(last.nextCursor());
        Page<String> more = req.page(List.of("a", "b", "c"), s -> List.of(s));
        assertEquals(List.of("a", "b"), more.items());
        assertEquals(List.of("b"), PageRequest.of(null, more.nextCursor()).after());
    }

    @Test
    void forgedCursorsAreRejected() {
        assertThrows(ProblemException.class, () -> PageRequest.of(null, "%%%"));
        PageRequest wrongShape = PageRequest.of(null, PageRequest.encode(List.of("a", "b", "c")));
        assertThrows(ProblemException.class, () -> wrongShape.expectKeys(2));
    }
}
