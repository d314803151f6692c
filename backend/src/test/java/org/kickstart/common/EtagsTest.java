package org.kickstart.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EtagsTest {

    @Test
    void missingIs428AndStaleIs412() {
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.require(null, 3)).problem().status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.require(" ", 3)).problem().status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.require("\"2\"", 3)).problem().status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.require("3", 3)).problem().status());
        assertDoesNotThrow(() -> Etags.require("\"3\"", 3));
        assertDoesNotThrow(() -> Etags.require("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Etags.require("*", 3));
    }
}
