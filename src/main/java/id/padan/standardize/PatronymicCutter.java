package id.padan.standardize;

import java.util.List;
import java.util.Set;

/**
 * Cuts "son/daughter of X" from a name. The same person is AHMAD BIN SULAIMAN in one list and AHMAD in the next, and
 * the father's name belongs in its own column, not in the person's name.
 */
final class PatronymicCutter implements NameCleaner {

    private static final Set<String> MARKERS = Set.of("BIN", "BINTI", "BINT", "BINTY", "BT", "BTI");

    @Override
    public void clean(List<String> words) {
        // the first word is kept even when it looks like a marker: somebody may really be called BINTI
        for (int i = 1; i < words.size(); i++) {
            if (MARKERS.contains(words.get(i))) {
                words.subList(i, words.size()).clear();
                return;
            }
        }
    }
}
