package id.padan.standardize;

import java.util.List;

/** One step in standardizing the words of a name. Implementations are stateless. */
interface NameCleaner {

    /** Rewrites {@code words} in place; the list is mutable and holds upper-case letters only. */
    void clean(List<String> words);
}
