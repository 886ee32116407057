package id.padan.standardize;

/**
 * A run of letters cut from a raw name, together with what followed it. The separator matters because
 * {@code S.PD} is one degree while {@code S PD} is an initial and a word, and {@code HJ.SUKAINI} is a title glued to
 * a name.
 */
record NamePiece(String text, Separator after) {

    enum Separator {
        /** the name ends here */
        END,
        /** whitespace only */
        SPACE,
        /** a dot directly followed by a letter, as in {@code S.PD} or {@code HJ.SUKAINI} */
        GLUED_DOT,
        /** a dot followed by whitespace, punctuation or the end, as in {@code H. AHMAD} */
        SPACED_DOT,
        /** a comma, hyphen, bracket, digit or anything else */
        OTHER;

        boolean isDot() {
            return this == GLUED_DOT || this == SPACED_DOT;
        }
    }

    boolean isSingleLetter() {
        return text.length() == 1;
    }
}
