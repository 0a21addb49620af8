package org.standpoint.model.cameo;

/**
 * One entry of the CAMEO event code table.
 *
 * @param code two (root), three (base) or four (detailed) digits, with the leading zero: {@code "0241"}
 * @param label short English label, e.g. {@code Appeal for change in leadership}
 * @param quadClass the GDELT QuadClass of the code's root
 * @param goldstein the code's Goldstein score, from -10 (most conflictual) to +10 (most cooperative)
 */
public record CameoCode(String code, String label, QuadClass quadClass, double goldstein) {
    public CameoCode {
        if (code == null || !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("CAMEO code " + code + " has no label");
        }
        if (quadClass == null) {
            throw new IllegalArgumentException("CAMEO code " + code + " has no QuadClass");
        }
        if (!(goldstein >= -10 && goldstein <= 10)) {
            throw new IllegalArgumentException("Goldstein score of " + code + " must lie in [-10, 10], got " + goldstein);
        }
    }

    /** The two-digit root category, e.g. {@code "02"}. */
    public String root() {
        return code.substring(0, 2);
    }
}
