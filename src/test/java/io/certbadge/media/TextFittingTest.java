package io.certbadge.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextFittingTest {

    private static final Font BOLD = Rendering.font(Font.BOLD, 1);

    @Test
    void shouldKeepShortTextOnOneLineAtTheLargestSize() {
        TextFitting.Fitted fitted = TextFitting.fit("GitLab", BOLD, 58, 30, 372, 3);

        assertEquals(1, fitted.lines().size());
        assertEquals(58f, fitted.font().getSize2D());
    }

    @Test
    void shouldCutTextThatCannotFitWithEllipsisWithinTheBox() {
        TextFitting.Fitted fitted = TextFitting.fit("word ".repeat(200), BOLD, 58, 30, 372, 3);

        assertEquals(3, fitted.lines().size());
        assertEquals(30f, fitted.font().getSize2D());
        assertTrue(fitted.lines().get(2).endsWith("\u2026"));
        fitted.lines().forEach(line -> assertTrue(TextFitting.width(line, fitted.font()) <= 372, line));
    }

    @Test
    void shouldShrinkRatherThanBreakAWordThatFitsAtASmallerSize() {
        TextFitting.Fitted fitted = TextFitting.fit("DevOps Fundamentals", BOLD, 58, 30, 372, 3);

        assertEquals(List.of("DevOps", "Fundamentals"), fitted.lines(), "no word cut in two");
        assertTrue(fitted.font().getSize2D() < 58f);
    }

    @Test
    void shouldBreakWordWiderThanTheBoxBetweenCharacters() {
        TextFitting.Fitted fitted = TextFitting.fit("x".repeat(40), BOLD, 30, 30, 200, 10);

        assertTrue(fitted.lines().size() > 1);
        assertEquals("x".repeat(40), String.join("", fitted.lines()));
        fitted.lines().forEach(line -> assertTrue(TextFitting.width(line, fitted.font()) <= 200, line));
    }
}
