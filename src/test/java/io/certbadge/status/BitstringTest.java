package io.certbadge.status;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** W3C Bitstring Status List v1.0 §4: GZIP, multibase base64url ('u'), index 0 = most significant bit. */
class BitstringTest {

    @Test
    void shouldEncodeIndexZeroAsTheMostSignificantBitOfTheFirstByte() throws Exception {
        BitSet set = new BitSet();
        set.set(0);
        set.set(9);
        set.set(131_071);
        String encoded = Bitstring.encode(set, 131_072);
        assertTrue(encoded.startsWith("u"));
        assertFalse(encoded.contains("="), "no padding");

        byte[] bits = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))
                .readAllBytes();
        assertEquals(16_384, bits.length, "131,072 bits = 16 KiB");
        assertEquals((byte) 0x80, bits[0]);
        assertEquals((byte) 0x40, bits[1]);
        assertEquals((byte) 0x01, bits[16_383]);
    }

    @Test
    void shouldReadBackExactlyTheBitsThatWereSet() {
        BitSet set = new BitSet();
        set.set(23);
        String encoded = Bitstring.encode(set, 131_072);
        assertTrue(Bitstring.isSet(encoded, 23));
        assertFalse(Bitstring.isSet(encoded, 22));
        assertFalse(Bitstring.isSet(encoded, 24));
    }

    @Test
    void shouldRefuseAListThatIsNotMultibaseGzip() {
        assertThrows(IllegalArgumentException.class, () -> Bitstring.isSet("zABC", 0));
        assertThrows(IllegalArgumentException.class, () -> Bitstring.isSet("uAAAA", 0));
        assertThrows(IllegalArgumentException.class, () -> Bitstring.isSet(Bitstring.encode(new BitSet(), 131_072), 131_072));
    }
}
