package id.pekalongan.batikberlian.dynamodb.expr;

import static id.pekalongan.batikberlian.dynamodb.expr.Json.node;
import static id.pekalongan.batikberlian.dynamodb.expr.Json.validationMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributeValuesTest {

    @ParameterizedTest(name = "{0} canonicalises to {1}")
    @CsvSource(delimiter = '|', value = {
            "1.0            | 1",
            "01             | 1",
            "-0             | 0",
            "0.000          | 0",
            "1e2            | 100",
            "1.50           | 1.5",
            "-12.3400E1     | -123.4",
            "+7             | 7",
            ".5             | 0.5",
            "12345678901234567890123456789012345678 | 12345678901234567890123456789012345678",
            "1234567890123456789012345678901234567800000 | 1234567890123456789012345678901234567800000",
            "9.9999999999999999999999999999999999999E+125 | 999999999999999999999999999999999999990000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
    })
    void numbersCanonicalise(String input, String canonical) {
        assertEquals(canonical, AttributeValues.validate(node("{\"N\":\"" + input + "\"}")).get("N").asText());
    }

    @Test
    void smallestNumberIsWrittenPlain() {
        assertEquals("0." + "0".repeat(129) + "1",
                AttributeValues.validate(node("{\"N\":\"1E-130\"}")).get("N").asText());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "123456789012345678901234567890123456789 | Attempting to store more than 38 significant digits in a Number",
            "1.23456789012345678901234567890123456789 | Attempting to store more than 38 significant digits in a Number",
            "1E126          | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "-1E126         | Number overflow. Attempting to store a number with magnitude larger than supported range",
            "1E-131         | Number underflow. Attempting to store a number with magnitude smaller than supported range",
            "abc            | The parameter cannot be converted to a numeric value: abc",
            "1.2.3          | The parameter cannot be converted to a numeric value: 1.2.3",
            "NaN            | The parameter cannot be converted to a numeric value: NaN",
            "Infinity       | The parameter cannot be converted to a numeric value: Infinity",
    })
    void badNumbersAreRefused(String input, String message) {
        assertEquals(message, validationMessage(() -> AttributeValues.validate(node("{\"N\":\"" + input + "\"}"))));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', value = {
            "{}                          | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"X\":\"a\"}               | Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
            "{\"S\":\"a\",\"N\":\"1\"}   | Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
            "{\"SS\":[]}                 | One or more parameter values were invalid: An string set  may not be empty",
            "{\"NS\":[]}                 | One or more parameter values were invalid: An number set  may not be empty",
            "{\"BS\":[]}                 | One or more parameter values were invalid: Binary sets should not be empty",
            "{\"SS\":[\"a\",\"a\"]}      | One or more parameter values were invalid: Input collection [a, a] contains duplicates.",
            "{\"NS\":[\"1\",\"1.0\"]}    | One or more parameter values were invalid: Input collection [1, 1.0] contains duplicates.",
            "{\"NULL\":false}            | One or more parameter values were invalid: Null attribute value types must have the value of true",
            "{\"L\":[{\"N\":\"x\"}]}     | The parameter cannot be converted to a numeric value: x",
            "{\"M\":{\"a\":{\"SS\":[]}}} | One or more parameter values were invalid: An string set  may not be empty",
    })
    void badValuesAreRefused(String json, String message) {
        assertEquals(message, validationMessage(() -> AttributeValues.validate(node(json))));
    }

    @ParameterizedTest(name = "{0} wraps of M or L around a leaf: accepted {1}")
    @CsvSource({"31, true", "32, false"})
    void valuesNestThirtyTwoLevelsCountingTheAttribute(int wraps, boolean accepted) {
        String json = "{\"S\":\"leaf\"}";
        for (int i = 0; i < wraps; i++) {
            json = i % 2 == 0 ? "{\"M\":{\"n\":" + json + "}}" : "{\"L\":[" + json + "]}";
        }
        String value = json;
        if (accepted) {
            assertEquals(node(value), AttributeValues.validate(node(value)));
        } else {
            assertEquals("Nesting Levels have exceeded supported limits: "
                    + "Attributes in the item have nested levels beyond supported limit",
                    validationMessage(() -> AttributeValues.validate(node(value))));
        }
    }

    @Test
    void undecodableBinaryIsASerializationError() {
        DynamoDbException e = assertThrows(DynamoDbException.class,
                () -> AttributeValues.validate(node("{\"B\":\"abcde\"}")));
        assertEquals(DynamoDbException.SERIALIZATION, e.type());
    }

    @ParameterizedTest(name = "{0} stays valid as {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"S\":\"\"}                                  | {\"S\":\"\"}",
            "{\"B\":\"AAE=\"}                              | {\"B\":\"AAE=\"}",
            "{\"NS\":[\"1.0\",\"2\"]}                      | {\"NS\":[\"1\",\"2\"]}",
            "{\"M\":{\"a\":{\"L\":[{\"N\":\"0010\"}]}}}    | {\"M\":{\"a\":{\"L\":[{\"N\":\"10\"}]}}}",
            "{\"NULL\":true}                               | {\"NULL\":true}",
            "{\"BOOL\":false}                              | {\"BOOL\":false}",
    })
    void goodValuesAreAccepted(String json, String canonical) {
        assertEquals(node(canonical), AttributeValues.validate(node(json)));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"N\":\"1\"}                  | {\"N\":\"1.00\"}             | true",
            "{\"N\":\"1\"}                  | {\"S\":\"1\"}                | false",
            "{\"SS\":[\"a\",\"b\"]}         | {\"SS\":[\"b\",\"a\"]}       | true",
            "{\"SS\":[\"a\",\"b\"]}         | {\"SS\":[\"a\"]}             | false",
            "{\"NS\":[\"1\",\"2.0\"]}       | {\"NS\":[\"2\",\"1.0\"]}     | true",
            "{\"BS\":[\"AAE=\"]}            | {\"BS\":[\"AAE=\"]}          | true",
            "{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"}]} | {\"L\":[{\"S\":\"a\"},{\"N\":\"1.0\"}]} | true",
            "{\"L\":[{\"S\":\"a\"},{\"N\":\"1\"}]} | {\"L\":[{\"N\":\"1\"},{\"S\":\"a\"}]}   | false",
            "{\"M\":{\"x\":{\"N\":\"1\"},\"y\":{\"S\":\"a\"}}} | {\"M\":{\"y\":{\"S\":\"a\"},\"x\":{\"N\":\"1\"}}} | true",
            "{\"M\":{\"x\":{\"N\":\"1\"}}}  | {\"M\":{\"y\":{\"N\":\"1\"}}} | false",
            "{\"NULL\":true}                | {\"NULL\":true}              | true",
            "{\"BOOL\":true}                | {\"BOOL\":false}             | false",
            "{\"B\":\"AAE=\"}               | {\"B\":\"AAI=\"}             | false",
    })
    void equality(String a, String b, boolean expected) {
        assertEquals(expected, AttributeValues.equal(node(a), node(b)));
        assertEquals(expected, AttributeValues.equal(node(b), node(a)));
    }

    @ParameterizedTest(name = "{0} <=> {1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "{\"N\":\"2\"}     | {\"N\":\"10\"}    | -1",
            "{\"N\":\"-1\"}    | {\"N\":\"-0.5\"}  | -1",
            "{\"N\":\"10.0\"}  | {\"N\":\"10\"}    | 0",
            "{\"N\":\"12345678901234567890123456789012345678\"} | {\"N\":\"12345678901234567890123456789012345677\"} | 1",
            "{\"N\":\"0.00000000000000000000000000000000000002\"} | {\"N\":\"0.00000000000000000000000000000000000001\"} | 1",
            "{\"S\":\"a\"}     | {\"S\":\"b\"}     | -1",
            "{\"S\":\"a\"}     | {\"S\":\"ab\"}    | -1",
            "{\"S\":\"Z\"}     | {\"S\":\"a\"}     | -1",
            "{\"B\":\"fw==\"}  | {\"B\":\"gA==\"}  | -1",
            "{\"B\":\"/w==\"}  | {\"B\":\"AA==\"}  | 1",
    })
    void keyOrder(String a, String b, int expected) {
        assertEquals(expected, Integer.signum(AttributeValues.compareKeys(node(a), node(b))));
        assertEquals(-expected, Integer.signum(AttributeValues.compareKeys(node(b), node(a))));
    }

    @Test
    void stringsOrderByUtf8BytesNotUtf16Units() {
        // U+FFFF is one UTF-16 unit above a surrogate, but its UTF-8 bytes (EF BF BF) sort below an emoji's (F0…).
        String high = "\uFFFF";
        String emoji = "\uD83D\uDE00";
        assertEquals(1, Integer.signum(high.compareTo(emoji)));
        assertEquals(-1, Integer.signum(AttributeValues.compareKeys(
                node("{\"S\":\"" + high + "\"}"), node("{\"S\":\"" + emoji + "\"}"))));
        byte[] a = high.getBytes(StandardCharsets.UTF_8);
        byte[] b = emoji.getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, Integer.signum(java.util.Arrays.compareUnsigned(a, b)));
    }

    @ParameterizedTest(name = "size of {0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"S\":\"abc\"}                 | 3",
            "{\"S\":\"\u00e9\"}              | 2",
            "{\"S\":\"\uD83D\uDE00\"}        | 4",
            "{\"S\":\"\u20ac\"}              | 3",
            "{\"B\":\"AAECAw==\"}            | 4",
            "{\"B\":\"AAEC\"}                | 3",
            "{\"BOOL\":true}                 | 1",
            "{\"NULL\":true}                 | 1",
            "{\"N\":\"1\"}                   | 2",
            "{\"N\":\"12\"}                  | 2",
            "{\"N\":\"123\"}                 | 3",
            "{\"N\":\"-1\"}                  | 3",
            "{\"N\":\"0\"}                   | 1",
            "{\"SS\":[\"ab\",\"c\"]}         | 3",
            "{\"L\":[]}                      | 3",
            "{\"L\":[{\"S\":\"ab\"}]}        | 6",
            "{\"M\":{\"k\":{\"S\":\"ab\"}}}  | 7",
    })
    void sizes(String json, long expected) {
        assertEquals(expected, AttributeValues.size(node(json)));
    }

    /** Byte costs of numbers as measured against DynamoDB's 400 KB item limit. */
    @ParameterizedTest(name = "{0} costs {1} bytes")
    @CsvSource({
            "0, 1", "1, 2", "12, 2", "123, 3", "1234, 3", "12345678901234567890123456789012345678, 20", "0042, 2",
            "100, 2", "1010, 3", "0.0000001, 2", "1E125, 2", "1E-100, 2", "1.5, 3", "15, 2", "1.2, 3", "1.200, 3",
            "1.234, 4", "3.14159, 5", "123456, 4", "100.5, 4", "0.15, 2", "-42, 3", "-0, 1",
    })
    void numberSizesFollowDigitPairsAlignedOnThePoint(String number, long bytes) {
        JsonNode canonical = AttributeValues.validate(node("{\"N\":\"" + number + "\"}"));
        assertEquals(bytes, AttributeValues.size(canonical));
    }

    @Test
    void binarySizeCountsDecodedBytes() {
        byte[] raw = new byte[1000];
        String b64 = Base64.getEncoder().encodeToString(raw);
        assertEquals(1000, AttributeValues.size(node("{\"B\":\"" + b64 + "\"}")));
    }
}
