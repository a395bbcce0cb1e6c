package id.pekalongan.batikberlian.dynamodb.expr;

import id.pekalongan.batikberlian.dynamodb.DynamoDbException;
import java.math.BigDecimal;

/** DynamoDB's Number type: exact decimals of at most 38 significant digits in 1E-130..9.99…E+125. */
final class Numbers {

    static final int MAX_DIGITS = 38;
    private static final int MAX_EXPONENT = 125;
    private static final int MIN_EXPONENT = -130;

    private Numbers() {
    }

    /** Parses a number as a request carries it; refuses what DynamoDB refuses, with its wording. */
    static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw DynamoDbException.validation("The parameter cannot be converted to a numeric value: " + text);
        }
        return check(value);
    }

    /** Checks the range and precision of a value (also of a computed one, e.g. the result of SET a = a + :n). */
    static BigDecimal check(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.precision() > MAX_DIGITS) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        int exponent = exponent(stripped);
        if (exponent > MAX_EXPONENT) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (exponent < MIN_EXPONENT) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return stripped;
    }

    /**
     * Checks the result of SET's + and - and of ADD. DynamoDB reports a result needing more than 38 digits
     * (1E50 + 1) as an overflow, not as too many significant digits, and so does this.
     */
    static BigDecimal checkComputed(BigDecimal value) {
        if (value.signum() != 0 && value.stripTrailingZeros().precision() > MAX_DIGITS) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        return check(value);
    }

    /** The power of ten of the leading digit. */
    static int exponent(BigDecimal stripped) {
        return stripped.precision() - stripped.scale() - 1;
    }

    /**
     * One text per value, so that equal numbers are equal strings (sets, keys and streams compare texts): plain
     * notation because that is how DynamoDB answers numbers.
     */
    static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** For values already validated (items in the table, literals of an expression): no range check needed. */
    static BigDecimal of(String text) {
        return new BigDecimal(text);
    }

    /**
     * DynamoDB's limits (38 digits, 1E-130..9.99…E+125) are those of a base-100 decimal format: digit pairs
     * aligned on the decimal point, trailing zero pairs dropped, one byte of sign and exponent, and one
     * terminating byte more for negative numbers. The Developer Guide only says "1 byte per two significant
     * digits, plus 1"; this pair-aligned count agrees with the byte costs measured on real tables (1.5 costs 3
     * where 15 costs 2, 3.14159 costs 5, 1E125 costs 2), which the plain rule does not.
     */
    static long size(String text) {
        BigDecimal value = of(text);
        if (value.signum() == 0) {
            return 1;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int lead = exponent(stripped);
        int last = -stripped.scale();
        long pairs = Math.floorDiv(lead, 2) - Math.floorDiv(last, 2) + 1;
        return pairs + 1 + (value.signum() < 0 ? 1 : 0);
    }
}
