package org.cepkit.model.operator;

/** The Luhn key used by SIREN and SIRET (INSEE, <i>répertoire SIRENE</i>). */
final class Luhn {

    private Luhn() {
    }

    /** Whether a string of ASCII digits has a valid Luhn key (its last digit). */
    static boolean isValid(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    static int digitSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += digits.charAt(i) - '0';
        }
        return sum;
    }
}
