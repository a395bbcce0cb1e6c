package id.pekalongan.batikberlian.domain.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedCellsTest {

    private final RepeatedCells cells = new RepeatedCells();

    private String ascii(int column, String text) {
        byte[] padded = ("##" + text + "#").getBytes(StandardCharsets.ISO_8859_1);
        return cells.ofAscii(column, padded, 2, text.length());
    }

    private String chars(int column, String text) {
        char[] padded = ("##" + text + "#").toCharArray();
        return cells.of(column, padded, 2, text.length());
    }

    @Test
    void aTextSeenInTheColumnIsTheSameStringEvenWithOthersBetween() {
        List<String> occupations = List.of("Buruh batik", "Tukang becak", "Penggali kubur", "Pedagang kaki lima",
                "Kuli panggul", "Buruh gendong");
        String first = ascii(4, "Buruh batik");
        for (String other : occupations) {
            ascii(4, other);
        }
        assertSame(first, ascii(4, "Buruh batik"));
        assertEquals("Buruh batik", first);
    }

    @Test
    void aTextOfAnotherColumnIsItsOwnString() {
        String rt = ascii(7, "002");
        String rw = ascii(8, "002");
        assertEquals(rt, rw);
        assertNotSame(rt, rw);
    }

    @Test
    void textsAlikeInLengthAndEndsAreStillToldApart() {
        assertEquals("3375040101661051", ascii(0, "3375040101661051"));
        assertEquals("3375030101661051", ascii(0, "3375030101661051"));
        assertEquals("3375040101661051", ascii(0, "3375040101661051"));
    }

    @Test
    void charactersAndBytesGiveTheSameText() {
        assertEquals("Sapuro Kebulen", chars(5, "Sapuro Kebulen"));
        assertSame(chars(5, "Sapuro Kebulen"), chars(5, "Sapuro Kebulen"));
        assertEquals("Kuripan Kidul", chars(5, "Kuripan Kidul"));
    }

    @Test
    void aLineOfThousandsOfCellsIsReadWithoutRememberingThem() {
        for (int column = 0; column < 5_000; column++) {
            assertEquals("x" + column, ascii(column, "x" + column));
        }
        String far = ascii(4_999, "same");
        assertEquals(far, ascii(4_999, "same"));
        assertNotSame(far, ascii(4_999, "same"));
        assertSame(ascii(3, "kept"), ascii(3, "kept"));
    }
}
