package org.kickstart.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void wilsonIntervalsMatchTheReferenceValues() {
        Stats.Interval a = Stats.wilson(31, 50);
        assertEquals(0.4815, a.low(), 0.00005);
        assertEquals(0.7414, a.high(), 0.00005);
        Stats.Interval none = Stats.wilson(0, 10);
        assertEquals(0.0, none.low(), 1e-12);
        assertEquals(0.2775, none.high(), 0.00005);
        Stats.Interval all = Stats.wilson(10, 10);
        assertEquals(0.7225, all.low(), 0.00005);
        assertEquals(1.0, all.high(), 1e-12);
    }

    @Test
    void studentTIntervalsForMeans() {
        // t(0.975, 9) = 2.262: 4 ± 2.262 × 1 / √10
        Stats.Interval i = Stats.tInterval(4.0, 1.0, 10);
        assertEquals(4 - 0.7153, i.low(), 0.0005);
        assertEquals(4 + 0.7153, i.high(), 0.0005);
        assertEquals(2.000, Stats.t975(60), 0.0005);
        assertEquals(1.960, Stats.t975(1_000_000), 0.001);
        assertEquals(2.021, Stats.t975(40), 0.0005);
    }

    private static List<Stats.Cell> cells(long... ns) {
        return Arrays.stream(ns).mapToObj(n -> new Stats.Cell("g" + n, n)).toList();
    }

    private static List<String> marks(List<Stats.Cell> cells) {
        return cells.stream().map(Stats.Cell::suppression).toList();
    }

    @Test
    void aLoneSmallCellTakesTheNextSmallestWithIt() {
        List<Stats.Cell> c = cells(40, 7, 25, 60);
        Stats.suppress(c, 10);
        assertEquals(Arrays.asList(null, "primary", "secondary", null), marks(c));
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        List<Stats.Cell> c = cells(40, 7, 3, 60);
        Stats.suppress(c, 10);
        assertEquals(Arrays.asList(null, "primary", "primary", null), marks(c));
    }

    @Test
    void emptyAndLargeCellsAreLeftAlone() {
        List<Stats.Cell> c = cells(0, 12, 30);
        Stats.suppress(c, 10);
        assertEquals(Arrays.asList(null, null, null), marks(c));
        List<Stats.Cell> only = cells(4);
        Stats.suppress(only, 10);
        assertEquals(List.of("primary"), marks(only));
        List<Stats.Cell> atThreshold = cells(10, 9);
        Stats.suppress(atThreshold, 10);
        assertEquals(List.of("secondary", "primary"), marks(atThreshold));
        assertNull(cells(10).get(0).suppression());
    }

    @Test
    void theGapScoreOfAHandWorkedPlace() {
        // Decile 1, nothing there, too few answers: 50×1 + 30×1 + 20×0.5 = 90.
        assertEquals(90, GapService.score(1, 0, 0, null));
        // Decile 4, one space and two weekly events (supply 2/3), 55% belong: 35 + 10 + 9 = 54.
        assertEquals(54, GapService.score(4, 1, 2, 0.55));
        // Decile 10, well supplied, 80% belong: 5 + 0 + 4 = 9.
        assertEquals(9, GapService.score(10, 3, 2, 0.80));
    }
}
